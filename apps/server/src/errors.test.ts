import { describe, expect, it } from 'vitest';
import { germanMessages } from '@plainstaff/contracts/messages/catalog';
import { AppError, errorStatus, fieldError, type ErrorCode } from './errors';

// Every error code has its German text (the fallback for logs and API clients) in the contracts'
// catalogue; that the SPA has German and English ones is the web app's locales test.
describe('error codes', () => {
  it('say in German what to do, for every code and variant', () => {
    for (const code of Object.keys(errorStatus) as ErrorCode[]) {
      const entry = germanMessages[code];
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const text of texts.filter((t) => !t.startsWith('{{'))) {
        expect(text.length, code).toBeGreaterThan(10);
        expect(text, code).toMatch(/([.!?]|\}\})$/);
      }
    }
  });

  it('carry code and params, the German text is the message', () => {
    const err = new AppError('NOT_FOUND', { context: 'export' });
    expect(err).toMatchObject({ code: 'NOT_FOUND', statusCode: 404, params: { context: 'export' } });
    expect(err.message).toBe('Diesen Export gibt es nicht.');
  });

  it('put a field error onto its field, with the same message at the top', () => {
    const err = fieldError('taskId', 'TASK_NOT_IN_PROJECT');
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.message).toBe('Die Aufgabe gehört nicht zu diesem Projekt.');
    expect(err.details).toEqual([
      {
        field: 'taskId',
        code: 'TASK_NOT_IN_PROJECT',
        params: {},
        message: 'Die Aufgabe gehört nicht zu diesem Projekt.',
      },
    ]);
  });
});
