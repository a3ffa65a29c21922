// The import directions of HOUSE-STYLE.md, checked on every import:
// packages never import apps; contracts and billomat import no workspace package; billing only contracts;
// server and web never import each other; server plugins never import modules;
// a web feature never imports another feature; a server module with a public face (exports,
// billing-runs) is imported through its index only.
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

const packageDirs = {
  '@plainstaff/contracts': 'packages/contracts',
  '@plainstaff/billing': 'packages/billing',
  '@plainstaff/billomat': 'packages/billomat',
  '@plainstaff/server': 'apps/server',
  '@plainstaff/web': 'apps/web',
  'billomat-sandbox': 'apps/billomat-sandbox',
};

function targetOf(fromFile, source) {
  if (source.startsWith('.')) return path.relative(root, path.resolve(path.dirname(fromFile), source));
  for (const [name, dir] of Object.entries(packageDirs)) {
    if (source === name || source.startsWith(`${name}/`)) return dir + source.slice(name.length);
  }
  return null;
}

const allowedWorkspace = {
  'packages/contracts': [],
  'packages/billomat': [],
  'packages/billing': ['packages/contracts'],
  'apps/web': ['packages/contracts', 'packages/billing'],
  'apps/server': ['packages/contracts', 'packages/billing', 'packages/billomat', 'apps/billomat-sandbox'],
  'apps/billomat-sandbox': [],
};

function unitOf(rel) {
  const m = /^(packages\/[^/]+|apps\/[^/]+|bench|e2e)/.exec(rel);
  return m ? m[1] : null;
}

// Modules with one public face: from outside, only their index may be imported.
const facedModules = ['apps/server/src/modules/exports', 'apps/server/src/modules/billing-runs'];

function faceViolation(fromRel, toRel) {
  for (const dir of facedModules) {
    if (fromRel.startsWith(`${dir}/`) || !toRel.startsWith(`${dir}/`)) continue;
    if (/^index(\.ts)?$/.test(toRel.slice(dir.length + 1))) continue;
    return `import ${dir} through its index only (its public face), not ${toRel.slice(dir.length + 1)}`;
  }
  return null;
}

export function violation(fromRel, toRel) {
  const fromUnit = unitOf(fromRel);
  const toUnit = unitOf(toRel);
  if (!fromUnit || !toUnit) return null;
  if (fromUnit !== toUnit) {
    const allowed = allowedWorkspace[fromUnit];
    if (allowed && !allowed.includes(toUnit)) return `${fromUnit} must not import ${toUnit}`;
    return null;
  }
  if (fromRel.startsWith('apps/server/src/plugins/') && toRel.startsWith('apps/server/src/modules/')) {
    return 'server plugins must not import modules';
  }
  const face = faceViolation(fromRel, toRel);
  if (face) return face;
  const feature = /^apps\/web\/src\/features\/([^/]+)/;
  const a = feature.exec(fromRel);
  const b = feature.exec(toRel);
  if (a && b && a[1] !== b[1]) return `feature "${a[1]}" must not import feature "${b[1]}"`;
  if (/^apps\/web\/src\/(components|lib)\//.test(fromRel) && (b || toRel.startsWith('apps/web/src/app/'))) {
    return 'shared web code must not import features or the app layer';
  }
  if (a && toRel.startsWith('apps/web/src/app/')) return 'features must not import the app layer';
  return null;
}

export const importDirection = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const fromRel = path.relative(root, context.filename);
    function check(node) {
      if (!node.source || typeof node.source.value !== 'string') return;
      const toRel = targetOf(context.filename, node.source.value);
      if (!toRel) return;
      const message = violation(fromRel, toRel);
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
