// Clean-up and length limits for rendered line texts.
import { LINE_DESCRIPTION_MAX_LENGTH, LINE_TITLE_MAX_LENGTH } from '@plainstaff/contracts/exports';

/**
 * billomat documents `title` and `description` only as ALNUM without a length. We stay well inside
 * what a printed invoice line can show (the contracts' limits, which the template fields use too):
 * 255 code points for the title, 2,000 for the description. Longer texts are cut and end in "…".
 */
export const TITLE_MAX_LENGTH = LINE_TITLE_MAX_LENGTH;
export const DESCRIPTION_MAX_LENGTH = LINE_DESCRIPTION_MAX_LENGTH;

/** Cuts to `max` code points (never inside a surrogate pair), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  return `${codePoints
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Stands in for a placeholder that rendered empty, until `removeEmptyParts` has cleaned up around it. */
export const EMPTY = '\u0000';

const SEPARATOR = String.raw`[–—|·,;:/-]`;
const EMPTY_AT_LINE_START = new RegExp(String.raw`(^|\n)[ \t]*${EMPTY}[ \t]*(?:${SEPARATOR}[ \t]*)?`, 'g');
const EMPTY_AFTER_SEPARATOR = new RegExp(String.raw`[ \t]*(?:${SEPARATOR}[ \t]*)?${EMPTY}`, 'g');

/**
 * Lets a template degrade gracefully when a placeholder is empty: the separator next to it goes too,
 * so `{projekt} – {task}` without a task is "Relaunch", not "Relaunch – ", and `{datum}: {kommentare}`
 * without comments is just the date. Only text touching an empty placeholder is changed; the user's
 * own punctuation and the values themselves are left alone.
 */
export function removeEmptyParts(text: string): string {
  let result = text;
  while (result.includes(EMPTY)) {
    result = result.replace(EMPTY_AT_LINE_START, '$1').replace(EMPTY_AFTER_SEPARATOR, '');
  }
  if (result === text) return text.trim();
  return result
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
