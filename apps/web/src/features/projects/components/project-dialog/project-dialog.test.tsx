import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../../testing/providers';
import '../../../../lib/i18n';
import type { CustomerField } from './customer-field';
import { ProjectDialog } from './project-dialog';

// The app plugs the customers feature's picker in (tested there); here a plain select box stands in,
// to show what the dialog hands its "Kunde" field and what it does with the answer.
const customerField: CustomerField = ({ label, value, onChange, onBlur, error, inputRef, fallbackName }) => (
  <label>
    {label}
    <select
      ref={inputRef}
      value={value ?? ''}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      onBlur={onBlur}
    >
      <option value="">–</option>
      <option value="3">Bäckerei Sonnenschein</option>
      {value && value !== 3 && <option value={value}>{fallbackName}</option>}
    </select>
    {error && <span>{error}</span>}
  </label>
);

let posts: unknown[] = [];
let postAnswer: { status: number; body: unknown } = { status: 201, body: {} };

beforeEach(() => {
  posts = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      let answer: { status: number; body: unknown } = { status: 200, body: { items: [] } };
      if (url === '/api/projects' && init.method === 'POST') {
        posts.push(JSON.parse(String(init.body)));
        answer = postAnswer;
      }
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('ProjectDialog', () => {
  it('shows the contract schema messages on the fields and sends nothing', async () => {
    const user = userEvent.setup();
    render(<ProjectDialog project={null} opened onClose={() => undefined} customerField={customerField} />, {
      wrapper: Providers,
    });
    await user.type(screen.getByRole('textbox', { name: 'Mehrwertsteuersatz (abweichend)' }), '19,555');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte einen Kunden wählen.')).toBeInTheDocument();
    expect(screen.getByText('Bitte eine Projektnummer angeben.')).toBeInTheDocument();
    expect(screen.getByText('Bitte einen Projektnamen angeben.')).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Mehrwertsteuersatz (abweichend)' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Steuersatz zwischen 0 und 100'));
    expect(posts).toHaveLength(0);
  });

  it('renders the customer-actions slot beside "Kunde" and sends typed values as integers', async () => {
    const user = userEvent.setup();
    postAnswer = { status: 201, body: { id: 9, name: 'Relaunch' } };
    render(
      <ProjectDialog
        project={null}
        opened
        onClose={() => undefined}
        customerField={customerField}
        customerActions={<button type="button">Kunden aus billomat importieren</button>}
      />,
      { wrapper: Providers },
    );
    expect(screen.getByRole('button', { name: 'Kunden aus billomat importieren' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kunde' }), 'Bäckerei Sonnenschein');
    await user.type(screen.getByRole('textbox', { name: 'Projektnummer' }), 'P-1');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Relaunch');
    await user.type(screen.getByRole('textbox', { name: 'Mehrwertsteuersatz (abweichend)' }), '19,5');
    await user.click(screen.getByRole('tab', { name: 'Tasks' }));
    await user.click(screen.getByRole('button', { name: 'Task hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Task 1: Name' }), 'Konzeption');
    await user.type(screen.getByRole('textbox', { name: 'Task 1: Stundensatz' }), '95,50');
    await user.type(screen.getByRole('textbox', { name: 'Task 1: Budget in Stunden' }), '7,5');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({
      customerId: 3,
      number: 'P-1',
      vatOverrideBp: 1950,
      currency: 'EUR',
      tasks: [{ name: 'Konzeption', rateCents: 9550, budgetMinutes: 450 }],
      members: [],
    });
  });

  it('maps server field errors onto the fields and opens their tab', async () => {
    const user = userEvent.setup();
    postAnswer = {
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        error: 'Bad Request',
        message: 'Bitte prüfen Sie die markierten Felder.',
        params: {},
        details: [
          {
            field: 'tasks.0.name',
            code: 'TASK_HAS_BOOKINGS',
            params: { context: 'removed' },
            message: 'the German fallback, not shown',
          },
        ],
      },
    };
    render(<ProjectDialog project={null} opened onClose={() => undefined} customerField={customerField} />, {
      wrapper: Providers,
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kunde' }), 'Bäckerei Sonnenschein');
    await user.type(screen.getByRole('textbox', { name: 'Projektnummer' }), 'P-2');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Wartung');
    await user.click(screen.getByRole('tab', { name: 'Tasks' }));
    await user.click(screen.getByRole('button', { name: 'Task hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Task 1: Name' }), 'Support');
    await user.click(screen.getByRole('tab', { name: 'Allgemein' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const text = 'Eine entfernte Aufgabe hat bereits Buchungen und kann nicht gelöscht werden.';
    expect(await screen.findByText(text)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('aria-selected', 'true'),
    );
    expect(screen.getByRole('textbox', { name: 'Task 1: Name' })).toHaveAccessibleDescription(text);
  });
});
