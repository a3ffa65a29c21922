import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The exports module is entered only through its index (the lint rule local/import-direction). The
// planted files are linted with the repository's real ESLint configuration, as `npm test` lints.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'local/import-direction').map((m) => m.message);
}

describe('the exports module has one public face', () => {
  it('refuses an import of an internal file from another module', async () => {
    const found = await problems(
      'apps/server/src/modules/billing-runs/planted.ts',
      "export { postInvoice } from '../exports/protocol/post';\n",
    );
    expect(found).toEqual([
      'import apps/server/src/modules/exports through its index only (its public face), not protocol/post',
    ]);
  });

  it('refuses it from tests and test support outside the module too', async () => {
    const found = await problems(
      'apps/server/src/reliability/planted.test.ts',
      "import { exportsRepository } from '../modules/exports/exports.repository';\nexport const r = exportsRepository;\n",
    );
    expect(found).toHaveLength(1);
  });

  it('accepts the index, and internal imports inside the module', async () => {
    expect(
      await problems(
        'apps/server/src/modules/billing-runs/planted.ts',
        "export type { ExportRow } from '../exports';\nexport { exportsPlugin } from '../exports/index';\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'apps/server/src/modules/exports/planted.ts',
        "export { postInvoice } from './protocol/post';\n",
      ),
    ).toEqual([]);
  });
});
