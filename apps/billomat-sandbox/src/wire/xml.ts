import type { WireObject, WireValue } from './envelope';

// billomat answers XML unless JSON is asked for; the sandbox renders the same tree as XML so a client
// that forgets `Accept: application/json` fails the way it would against billomat.
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(name: string, value: WireValue): string {
  if (typeof value === 'string') return `<${name}>${escape(value)}</${name}>`;
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
  const attrs = Object.entries(value)
    .filter(([k]) => k.startsWith('@'))
    .map(([k, v]) => ` ${k.slice(1)}="${escape(String(v))}"`)
    .join('');
  const children = Object.entries(value)
    .filter(([k]) => !k.startsWith('@'))
    .map(([k, v]) => element(k, v))
    .join('');
  return `<${name}${attrs}>${children}</${name}>`;
}

export function toXml(body: WireObject): string {
  const [root, value] = Object.entries(body)[0] ?? ['empty', ''];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value)}`;
}
