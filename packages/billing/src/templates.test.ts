import { describe, expect, it } from 'vitest';
import { renderLineTexts, renderTemplate, templateValues, textSourceOf } from './templates';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from './text';
import { booking } from './testing/fixtures';

const project = { projectName: 'Relaunch Website', projectNumber: 'P-042' };

describe('templates', () => {
  const bookings = [
    booking({ id: 1, date: '2026-06-01', comment: 'Konzept, Abstimmung' }),
    booking({ id: 2, date: '2026-06-30', comment: 'Umsetzung', employeeName: 'Ben Albers' }),
    booking({ id: 3, date: '2026-06-30', comment: 'Konzept, Abstimmung' }),
  ];
  const values = templateValues(textSourceOf(bookings), 1250, project);

  it('fills every placeholder in German', () => {
    expect(values).toEqual({
      projekt: 'Relaunch Website',
      projektnummer: 'P-042',
      task: 'Entwicklung',
      mitarbeiter: 'Anna Berger, Ben Albers',
      monat: 'Juni 2026',
      datum: '01.06.2026 – 30.06.2026',
      kommentare: 'Konzept, Abstimmung; Umsetzung',
      stunden: '12,50',
    });
  });

  it('leaves unknown placeholders as typed', () => {
    expect(renderTemplate('{projekt} {foo} {Task}', values)).toBe('Relaunch Website {foo} {Task}');
  });

  it('names a month range across years', () => {
    const span = templateValues(
      textSourceOf([booking({ id: 1, date: '2025-12-15' }), booking({ id: 2, date: '2026-01-10' })]),
      100,
      project,
    );
    expect(span.monat).toBe('Dezember 2025 – Januar 2026');
    expect(
      templateValues(
        textSourceOf([booking({ id: 1, date: '2026-05-02' }), booking({ id: 2, date: '2026-06-01' })]),
        60,
        project,
      ).monat,
    ).toBe('Mai – Juni 2026');
  });

  it('uses defaults that degrade gracefully without a task or comments', () => {
    const bare = templateValues(
      textSourceOf([booking({ id: 1, taskId: null, taskName: null, date: '2026-06-05' })]),
      60,
      project,
    );
    expect(renderLineTexts(bare, {})).toEqual({ title: 'Relaunch Website', description: '05.06.2026' });
    expect(renderLineTexts(values, { titleTemplate: '  ', descriptionTemplate: '' })).toEqual({
      title: 'Relaunch Website – Entwicklung',
      description: '01.06.2026 – 30.06.2026: Konzept, Abstimmung; Umsetzung',
    });
  });

  it('keeps hyphenated words and collapses dangling separators', () => {
    const bare = { ...values, task: '', mitarbeiter: 'Anna-Lena Berger' };
    expect(
      renderLineTexts(bare, { titleTemplate: '{projekt} – {task} – {mitarbeiter} ({task})' }).title,
    ).toBe('Relaunch Website – Anna-Lena Berger');
  });

  it('never leaves a title empty', () => {
    expect(renderLineTexts({ ...values, task: '' }, { titleTemplate: '{task}' }).title).toBe(
      'Relaunch Website',
    );
  });

  it('cuts long texts to billomat-safe lengths with an ellipsis', () => {
    const long = { ...values, kommentare: 'ä'.repeat(5000), projekt: '😀'.repeat(400) };
    const texts = renderLineTexts(long, { titleTemplate: '{projekt}', descriptionTemplate: '{kommentare}' });
    expect(Array.from(texts.title)).toHaveLength(TITLE_MAX_LENGTH);
    expect(texts.title.endsWith('😀…')).toBe(true);
    expect(Array.from(texts.description)).toHaveLength(DESCRIPTION_MAX_LENGTH);
    expect(texts.description.endsWith('…')).toBe(true);
  });
});
