import { formatHundredthsDe } from '@plainstaff/contracts/money';
import { LINE_TEMPLATE_PLACEHOLDERS, type LineTemplatePlaceholder } from '@plainstaff/contracts/exports';
import { formatMonthRangeDe, formatPeriodDe, monthOf } from './dates';
import { DESCRIPTION_MAX_LENGTH, EMPTY, TITLE_MAX_LENGTH, removeEmptyParts, truncate } from './text';
import type { BillableBooking } from './types';

export const DEFAULT_TITLE_TEMPLATE = '{projekt} – {task}';
// The period belongs on the line: without it a per-booking invoice would not say when the work was done.
export const DEFAULT_DESCRIPTION_TEMPLATE = '{datum}: {kommentare}';

// The list lives in contracts: the export page offers exactly the placeholders filled here.
export type TemplateValues = Record<LineTemplatePlaceholder, string>;

const collator = new Intl.Collator('de');

function distinct(values: readonly string[], sort: boolean): string[] {
  const unique = [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
  return sort ? unique.sort(collator.compare) : unique;
}

/** What a line's texts are made of: its period and the names and comments of its bookings. */
export interface LineTextSource {
  firstDate: string;
  lastDate: string;
  /** Task names of the bookings ('' or null for none); any order, duplicates allowed. */
  taskNames: readonly (string | null)[];
  employeeNames: readonly string[];
  /** Comments in work order (by date, then id); duplicates and blanks allowed. */
  comments: readonly string[];
}

/** The text source of bookings sorted by date, then id. */
export function textSourceOf(bookings: readonly BillableBooking[]): LineTextSource {
  return {
    firstDate: bookings[0]?.date ?? '',
    lastDate: bookings[bookings.length - 1]?.date ?? '',
    taskNames: bookings.map((booking) => booking.taskName),
    employeeNames: bookings.map((booking) => booking.employeeName),
    comments: bookings.map((booking) => booking.comment),
  };
}

/** Placeholder values of one line. */
export function templateValues(
  source: LineTextSource,
  quantityHundredths: number,
  project: { projectName: string; projectNumber: string },
): TemplateValues {
  const { firstDate: first, lastDate: last } = source;
  return {
    projekt: project.projectName,
    projektnummer: project.projectNumber,
    task: distinct(
      source.taskNames.map((name) => name ?? ''),
      true,
    ).join(', '),
    mitarbeiter: distinct(source.employeeNames, true).join(', '),
    monat: first ? formatMonthRangeDe(monthOf(first), monthOf(last)) : '',
    datum: first ? formatPeriodDe(first, last) : '',
    // "; " because comments often contain commas themselves; order follows the work (by date).
    kommentare: distinct(source.comments, false).join('; '),
    // The line's quantity, exactly as invoiced.
    stunden: formatHundredthsDe(quantityHundredths),
  };
}

const isPlaceholder = (name: string): name is LineTemplatePlaceholder =>
  (LINE_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);

/** Replaces known `{placeholders}`; unknown ones stay as typed so a typo is visible in the preview. */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  transform: (value: string) => string = (value) => value,
): string {
  return template.replace(/\{([^{}\s]+)\}/g, (whole, name: string) =>
    isPlaceholder(name) ? transform(values[name]) : whole,
  );
}

/** Renders for an invoice line: empty placeholders take their separator with them (see removeEmptyParts). */
function renderTidy(template: string, values: TemplateValues): string {
  return removeEmptyParts(
    renderTemplate(template, values, (value) => value.replaceAll(EMPTY, '').trim() || EMPTY),
  );
}

export function renderLineTexts(
  values: TemplateValues,
  templates: { titleTemplate?: string | undefined; descriptionTemplate?: string | undefined },
): { title: string; description: string } {
  const titleTemplate = templates.titleTemplate?.trim() || DEFAULT_TITLE_TEMPLATE;
  const descriptionTemplate = templates.descriptionTemplate?.trim() || DEFAULT_DESCRIPTION_TEMPLATE;
  // A title is one line and what the customer reads first: never empty.
  const title =
    renderTidy(titleTemplate, values).replace(/\s*\n\s*/g, ' ') || values.projekt.trim() || 'Leistungen';
  return {
    title: truncate(title, TITLE_MAX_LENGTH),
    description: truncate(renderTidy(descriptionTemplate, values), DESCRIPTION_MAX_LENGTH),
  };
}
