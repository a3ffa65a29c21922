import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../testing/providers';
import '../../../lib/i18n';
import { BookingDialog } from './booking-dialog';

const project = {
  id: 7,
  number: 'P-7',
  name: 'Website-Relaunch',
  customerName: 'Bäckerei Sonnenschein',
  noTasks: false,
  startDate: null,
  tasks: [
    { id: 1, name: 'Konzeption' },
    { id: 2, name: 'Umsetzung' },
  ],
  remainingMinutes: 150,
  remainingCents: null,
};

type Handler = (url: string, init: RequestInit) => { status: number; body: unknown };
let requests: Array<{ url: string; method: string; body: unknown }> = [];

function serve(handler: Handler) {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      requests.push({
        url,
        method: init.method ?? 'GET',
        body: init.body ? JSON.parse(String(init.body)) : null,
      });
      const { status, body } = handler(url, init);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
}

/** The server's rate suggestion label: a coded message; the German text is only the fallback. */
const suggestion = (context: string, task?: string) => ({
  code: 'RATE_SUGGESTION',
  params: task ? { context, task } : { context },
  message: 'not shown',
});

const api: Handler = (url) => {
  if (url.startsWith('/api/bookings/bookable-projects')) return { status: 200, body: { items: [project] } };
  if (url.startsWith('/api/bookings/rate-suggestion'))
    return url.includes('taskId=1')
      ? { status: 200, body: { rateCents: 9500, source: 'task', label: suggestion('task', 'Konzeption') } }
      : { status: 200, body: { rateCents: 8500, source: 'user', label: suggestion('user') } };
  return {
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'nicht gefunden', params: {} },
  };
};

async function chooseOption(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('textbox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('BookingDialog', () => {
  beforeEach(() => serve(api));
  afterEach(() => vi.unstubAllGlobals());

  it('parses what the user types as duration and shows it in hours', async () => {
    const user = userEvent.setup();
    render(<BookingDialog booking={null} opened onClose={() => undefined} />, { wrapper: Providers });
    const duration = screen.getByRole('textbox', { name: 'Dauer' });
    await user.type(duration, '1:30');
    expect(screen.getByText('= 1,50 Std.')).toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '90m');
    expect(screen.getByText('= 1,50 Std.')).toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '1,555');
    expect(screen.queryByTestId('duration-parsed')).not.toBeInTheDocument();
  });

  it('prefills the rate from the hierarchy, shows its source and sends the hierarchy choice', async () => {
    const user = userEvent.setup();
    serve((url, init) =>
      url === '/api/bookings' && init.method === 'POST' ? { status: 201, body: { id: 1 } } : api(url, init),
    );
    render(<BookingDialog booking={null} opened onClose={() => undefined} />, { wrapper: Providers });
    await chooseOption(user, 'Projekt', 'P-7 · Website-Relaunch (Bäckerei Sonnenschein)');
    expect(screen.getByText('Restbudget: 2,50 Std.')).toBeInTheDocument();
    await chooseOption(user, 'Task', 'Konzeption');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Stundensatz' })).toHaveValue('95,00'));
    expect(screen.getByText('Satz aus Task Konzeption')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Dauer' }), '1:30');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      projectId: 7,
      taskId: 1,
      minutes: 90,
      rateCents: null,
      billable: true,
    });
  });

  it('shows schema errors on the fields and sends nothing', async () => {
    const user = userEvent.setup();
    render(<BookingDialog booking={null} opened onClose={() => undefined} />, { wrapper: Providers });
    await user.type(screen.getByRole('textbox', { name: 'Dauer' }), 'abc');
    await user.type(screen.getByRole('textbox', { name: 'Stundensatz' }), '9x');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte ein Projekt wählen.')).toBeInTheDocument();
    expect(screen.getByText('Bitte eine Dauer wie 1,5 oder 1:30 eingeben.')).toBeInTheDocument();
    expect(screen.getByText('Bitte einen Betrag wie 95 oder 1.234,50 eingeben.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('puts a server rule error (over budget) onto the duration field', async () => {
    const user = userEvent.setup();
    const message = 'Das Budget reicht nur noch für 2,50 Std.';
    const coded = {
      code: 'BUDGET_EXCEEDED',
      params: { context: 'leftHours', left: { type: 'hours', minutes: 150 } },
      message: 'the server German fallback, not shown',
    };
    serve((url, init) =>
      url === '/api/bookings' && init.method === 'POST'
        ? {
            status: 422,
            body: {
              statusCode: 422,
              error: 'Unprocessable Entity',
              ...coded,
              details: [{ field: 'minutes', ...coded }],
            },
          }
        : api(url, init),
    );
    render(<BookingDialog booking={null} opened onClose={() => undefined} />, { wrapper: Providers });
    await chooseOption(user, 'Projekt', 'P-7 · Website-Relaunch (Bäckerei Sonnenschein)');
    await chooseOption(user, 'Task', 'Umsetzung');
    await user.type(screen.getByRole('textbox', { name: 'Dauer' }), '3');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const duration = screen.getByRole('textbox', { name: 'Dauer' });
    await waitFor(() => expect(duration).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(within(screen.getByRole('dialog')).queryByRole('alert')).not.toBeInTheDocument();
  });
});
