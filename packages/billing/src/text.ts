// Clean-up and length limits for rendered line texts.

/**
 * billomat documents `title` and `description` only as ALNUM without a length. We stay well inside
 * what a printed invoice line can show and what common VARCHAR/TEXT columns take: 255 code points for
 * the title, 2,000 for the description. Longer texts are cut and end in "…".
 */
export const TITLE_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 2000;

/** Cuts to `max` code points (never inside a surrogate pair), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  return `${codePoints
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

const SEPARATOR = '[–—|·-]';
const EDGE_PUNCTUATION = new RegExp(`^(?:\\s|${SEPARATOR}|[,;:])+|(?:\\s|${SEPARATOR}|[,;:])+$`, 'g');
const REPEATED_SEPARATOR = new RegExp(`(\\s${SEPARATOR})(?:\\s+${SEPARATOR})+(?=\\s|$)`, 'g');

/**
 * Lets a template degrade gracefully when a placeholder is empty: `{projekt} – {task}` without a task
 * becomes "Relaunch" rather than "Relaunch – ". Only separators standing alone between blanks are
 * touched, so hyphenated words ("Web-Relaunch") survive.
 */
export function tidyLine(line: string): string {
  return line
    .replace(/[ \t]+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(REPEATED_SEPARATOR, '$1')
    .replace(/([,;])(?:\s*[,;])+/g, '$1')
    .replace(EDGE_PUNCTUATION, '');
}

/** Tidies every line of a multi-line text and drops the empty lines this leaves at the ends. */
export function tidyText(text: string): string {
  return text
    .split(/\r?\n/)
    .map(tidyLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
