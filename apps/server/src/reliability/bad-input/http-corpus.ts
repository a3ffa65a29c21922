import type { World } from '../testing/world';

export type Who = 'anonymous' | 'admin' | 'manager' | 'manager2' | 'employee' | 'other';

export interface HttpCase {
  name: string;
  who: Who;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (w: World) => string;
  /** A JSON value, sent as application/json. */
  body?: (w: World) => unknown;
  /** Or exact bytes with their content type. */
  raw?: { type: string; payload: string };
  status: number;
  code: string;
  /** Get a real preview token for this body first (the export binds to its preview). */
  previewFirst?: boolean;
  /** Then change these fields of the body, as a client tampering after the preview would. */
  afterPreview?: Record<string, unknown>;
}

interface Endpoint {
  method: HttpCase['method'];
  url: (w: World) => string;
  who: Who;
  /** Declares a body schema (bodyless endpoints ignore well-formed JSON they do not need). */
  body: boolean;
}

/** Every write endpoint of the API. */
const E = {
  login: { method: 'POST', url: () => '/api/auth/login', who: 'anonymous', body: true },
  logout: { method: 'POST', url: () => '/api/auth/logout', who: 'anonymous', body: false },
  preferences: { method: 'PUT', url: () => '/api/auth/me/preferences', who: 'employee', body: true },
  createUser: { method: 'POST', url: () => '/api/users', who: 'admin', body: true },
  updateUser: { method: 'PATCH', url: (w) => `/api/users/${w.employee.id}`, who: 'admin', body: true },
  createCustomer: { method: 'POST', url: () => '/api/customers', who: 'admin', body: true },
  updateCustomer: {
    method: 'PATCH',
    url: (w) => `/api/customers/${w.manualCustomerId}`,
    who: 'admin',
    body: true,
  },
  deleteCustomer: {
    method: 'DELETE',
    url: (w) => `/api/customers/${w.manualCustomerId}`,
    who: 'admin',
    body: false,
  },
  importCustomers: { method: 'POST', url: () => '/api/customers/import', who: 'admin', body: false },
  createProject: { method: 'POST', url: () => '/api/projects', who: 'admin', body: true },
  updateProject: { method: 'PATCH', url: (w) => `/api/projects/${w.p.projectId}`, who: 'admin', body: true },
  createTask: {
    method: 'POST',
    url: (w) => `/api/projects/${w.p.projectId}/tasks`,
    who: 'manager',
    body: true,
  },
  updateTask: {
    method: 'PATCH',
    url: (w) => `/api/projects/${w.p.projectId}/tasks/${w.p.taskIds[0]}`,
    who: 'manager',
    body: true,
  },
  createBooking: { method: 'POST', url: () => '/api/bookings', who: 'employee', body: true },
  updateBooking: {
    method: 'PATCH',
    url: (w) => `/api/bookings/${w.p.bookingIds[3]}`,
    who: 'employee',
    body: true,
  },
  deleteBooking: {
    method: 'DELETE',
    url: (w) => `/api/bookings/${w.p.bookingIds[3]}`,
    who: 'employee',
    body: false,
  },
  saveSettings: { method: 'PUT', url: () => '/api/integrations/billomat', who: 'admin', body: true },
  testConnection: { method: 'POST', url: () => '/api/integrations/billomat/test', who: 'admin', body: true },
  disconnect: { method: 'DELETE', url: () => '/api/integrations/billomat', who: 'admin', body: false },
  preview: {
    method: 'POST',
    url: (w) => `/api/projects/${w.p.projectId}/export-preview`,
    who: 'manager',
    body: true,
  },
  exportHours: {
    method: 'POST',
    url: (w) => `/api/projects/${w.p.projectId}/exports`,
    who: 'manager',
    body: true,
  },
  retry: {
    method: 'POST',
    url: (w) => `/api/exports/${w.failedExportId}/retry`,
    who: 'manager',
    body: false,
  },
  undo: { method: 'POST', url: (w) => `/api/exports/${w.createdExportId}/undo`, who: 'manager', body: false },
  refreshStatus: { method: 'POST', url: () => '/api/overview/refresh-status', who: 'manager', body: false },
  release: {
    method: 'POST',
    url: (w) => `/api/overview/exports/${w.createdExportId}/release`,
    who: 'manager',
    body: false,
  },
  billingPreview: { method: 'POST', url: () => '/api/billing-runs/preview', who: 'admin', body: true },
  startBillingRun: { method: 'POST', url: () => '/api/billing-runs', who: 'admin', body: true },
  saveSchedule: { method: 'PUT', url: () => '/api/billing-runs/schedule', who: 'admin', body: true },
  cancelBillingRun: {
    method: 'POST',
    url: () => '/api/billing-runs/999999/cancel',
    who: 'admin',
    body: false,
  },
  saveProfile: {
    method: 'PUT',
    url: (w) => `/api/projects/${w.p.projectId}/export-profile`,
    who: 'manager',
    body: true,
  },
} satisfies Record<string, Endpoint>;

const V = 'VALIDATION_FAILED';
const MiB = 1024 * 1024;
const oversized = JSON.stringify({ comment: 'x'.repeat(MiB + 100) });
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** The same transport-level abuse against every write endpoint. */
const generic: HttpCase[] = Object.entries(E).flatMap(([name, e]) => {
  const at = (label: string, raw: HttpCase['raw'], status: number, code: string): HttpCase => ({
    name: `${name}: ${label}`,
    who: e.who,
    method: e.method,
    url: e.url,
    raw,
    status,
    code,
  });
  const json = (payload: string) => ({ type: 'application/json', payload });
  const all = [
    at('malformed JSON', json('{"name": "x",'), 400, 'MALFORMED_JSON'),
    at('text/plain body', { type: 'text/plain', payload: '{"name":"x"}' }, 415, 'UNSUPPORTED_MEDIA_TYPE'),
    at('XML body', { type: 'application/xml', payload: '<a>1</a>' }, 415, 'UNSUPPORTED_MEDIA_TYPE'),
    at('oversized body (> 1 MiB)', json(oversized), 413, 'BODY_TOO_LARGE'),
  ];
  if (!e.body) return all;
  return [
    ...all,
    at('JSON array instead of an object', json('[]'), 400, V),
    at('JSON string instead of an object', json('"hallo"'), 400, V),
    at('JSON null', json('null'), 400, V),
    at('JSON number', json('42'), 400, V),
    at('empty JSON body', json(''), 400, 'MALFORMED_JSON'),
    at('5,000 levels of nesting', json(deep), 400, V),
    at('__proto__ pollution', json('{"__proto__": {"role": "admin"}, "name": "x"}'), 400, 'MALFORMED_JSON'),
    at('UTF-8 BOM and garbage', json('\uFEFF{{{'), 400, 'MALFORMED_JSON'),
  ];
});

const c = (
  name: string,
  e: Endpoint,
  body: (w: World) => unknown,
  status: number,
  code: string,
  over: Partial<HttpCase> = {},
): HttpCase => ({ name, who: e.who, method: e.method, url: e.url, body, status, code, ...over });

const long = (n: number) => 'a'.repeat(n);
const ctrl = 'Name\u0000mit\u001bSteuerzeichen';
const booking = (w: World, extra: Record<string, unknown> = {}) => ({
  projectId: w.p.projectId,
  taskId: w.p.taskIds[0],
  date: '2026-06-15',
  minutes: 60,
  ...extra,
});
const project =
  (extra: Record<string, unknown> = {}) =>
  (w: World) => ({
    number: 'NEU-1',
    name: 'Neu',
    customerId: w.p.customerId,
    ...extra,
  });
const settings =
  (extra: Record<string, unknown> = {}) =>
  () => ({
    billomatId: 'demo',
    apiKey: '',
    vatRate: '19',
    ...extra,
  });
const only = (included: unknown[]) => ({ filter: { state: 'open' }, mode: 'only', included });
const options =
  (extra: Record<string, unknown> = {}) =>
  (w: World) => ({
    selection: only([w.p.bookingIds[3]]),
    invoiceDate: '2026-07-01',
    ...extra,
  });

// prettier-ignore
const specific: HttpCase[] = [
  // login and preferences
  c('login: e-mail as number', E.login, () => ({ email: 4711, password: 'x' }), 400, V),
  c('login: password of 201 characters', E.login, () => ({ email: 'a@b.de', password: long(201) }), 400, V),
  c('login: e-mail with control characters', E.login, () => ({ email: 'a\u0000@b.de', password: 'x' }), 400, V),
  c('login: unknown account', E.login, () => ({ email: 'niemand@b.de', password: 'irgendwas' }), 401, 'INVALID_CREDENTIALS'),
  c('login: password as object', E.login, () => ({ email: 'a@b.de', password: { $gt: '' } }), 400, V),
  c('preferences: unknown language', E.preferences, () => ({ language: 'fr' }), 400, V),
  c('preferences: language as number', E.preferences, () => ({ language: 1 }), 400, V),
  // users
  c('user: invalid e-mail', E.createUser, () => ({ email: 'kein-mail', name: 'X', role: 'employee', password: 'lang-genug-123' }), 400, V),
  c('user: unknown role', E.createUser, () => ({ email: 'r@b.de', name: 'X', role: 'root', password: 'lang-genug-123' }), 400, V),
  c('user: password too short', E.createUser, () => ({ email: 's@b.de', name: 'X', role: 'employee', password: 'kurz' }), 400, V),
  c('user: negative default rate', E.createUser, () => ({ email: 'n@b.de', name: 'X', role: 'employee', password: 'lang-genug-123', defaultRateCents: -100 }), 400, V),
  c('user: rate with two decimal commas', E.createUser, () => ({ email: 'd@b.de', name: 'X', role: 'employee', password: 'lang-genug-123', defaultRateCents: '95,5,0' }), 400, V),
  c('user: e-mail taken', E.createUser, (w) => ({ email: w.employee.email, name: 'X', role: 'employee', password: 'lang-genug-123' }), 409, 'EMAIL_TAKEN'),
  c('user: name with control characters', E.createUser, () => ({ email: 'c@b.de', name: ctrl, role: 'employee', password: 'lang-genug-123' }), 400, V),
  c('user: deactivating oneself', E.updateUser, () => ({ active: false }), 409, 'CANNOT_DEACTIVATE_SELF', { url: (w) => `/api/users/${w.admin.id}` }),
  c('user: the last admin becomes an employee', E.updateUser, () => ({ role: 'employee' }), 409, 'LAST_ADMIN', { url: (w) => `/api/users/${w.admin.id}` }),
  c('user: unknown id', E.updateUser, () => ({ name: 'X' }), 404, 'NOT_FOUND', { url: () => '/api/users/999999' }),
  c('user: id not a number', E.updateUser, () => ({ name: 'X' }), 400, V, { url: () => '/api/users/eins' }),
  c('user: manager creates a user', E.createUser, () => ({ email: 'm@b.de', name: 'X', role: 'admin', password: 'lang-genug-123' }), 403, 'FORBIDDEN', { who: 'manager' }),
  c('user: active as text', E.updateUser, () => ({ active: 'nein' }), 400, V),
  // customers
  c('customer: empty name', E.createCustomer, () => ({ name: '' }), 400, V),
  c('customer: name of 201 characters', E.createCustomer, () => ({ name: long(201) }), 400, V),
  c('customer: name with NUL and ESC', E.createCustomer, () => ({ name: ctrl }), 400, V),
  c('customer: name as number', E.createCustomer, () => ({ name: 42 }), 400, V),
  c('customer: name as array', E.createCustomer, () => ({ name: ['A'] }), 400, V),
  c('customer: number of 41 characters', E.createCustomer, () => ({ name: 'X', number: long(41) }), 400, V),
  c('customer: address of 1,001 characters', E.createCustomer, () => ({ name: 'X', address: long(1001) }), 400, V),
  c('customer: VAT id with a bell character', E.createCustomer, () => ({ name: 'X', vatId: 'DE\u0007123' }), 400, V),
  c('customer: half an e-mail', E.createCustomer, () => ({ name: 'X', email: 'a@' }), 400, V),
  c('customer: employee creates one', E.createCustomer, () => ({ name: 'X' }), 403, 'FORBIDDEN', { who: 'employee' }),
  c('customer: editing a billomat customer', E.updateCustomer, () => ({ name: 'Neu' }), 409, 'CUSTOMER_READ_ONLY', { url: (w) => `/api/customers/${w.p.customerId}` }),
  c('customer: editing an unknown one', E.updateCustomer, () => ({ name: 'Neu' }), 404, 'NOT_FOUND', { url: () => '/api/customers/999999' }),
  c('customer: id negative', E.updateCustomer, () => ({ name: 'Neu' }), 400, V, { url: () => '/api/customers/-1' }),
  c('customer: id huge', E.updateCustomer, () => ({ name: 'Neu' }), 400, V, { url: () => '/api/customers/1e400' }),
  c('customer: deleting a billomat customer in use', E.deleteCustomer, () => undefined, 409, 'CUSTOMER_READ_ONLY', { url: (w) => `/api/customers/${w.p.customerId}` }),
  c('customer: deleting an unknown one', E.deleteCustomer, () => undefined, 404, 'NOT_FOUND', { url: () => '/api/customers/999999' }),
  // projects and tasks
  c('project: empty number', E.createProject, project({ number: '' }), 400, V),
  c('project: number of 41 characters', E.createProject, project({ number: long(41) }), 400, V),
  c('project: name with control characters', E.createProject, project({ name: ctrl }), 400, V),
  c('project: description of 2,001 characters', E.createProject, project({ description: long(2001) }), 400, V),
  c('project: customer as text', E.createProject, project({ customerId: 'eins' }), 400, V),
  c('project: customer negative', E.createProject, project({ customerId: -1 }), 400, V),
  c('project: customer as fraction', E.createProject, project({ customerId: 1.5 }), 400, V),
  c('project: unknown customer', E.createProject, project({ customerId: 999999 }), 400, V),
  c('project: unknown status', E.createProject, project({ status: 'paused' }), 400, V),
  c('project: currency EURO', E.createProject, project({ currency: 'EURO' }), 400, V),
  c('project: currency €', E.createProject, project({ currency: '€' }), 400, V),
  c('project: VAT 19,,5', E.createProject, project({ vatOverrideBp: '19,,5' }), 400, V),
  c('project: VAT 1,9,5', E.createProject, project({ vatOverrideBp: '1,9,5' }), 400, V),
  c('project: VAT 101', E.createProject, project({ vatOverrideBp: '101' }), 400, V),
  c('project: VAT negative', E.createProject, project({ vatOverrideBp: -1 }), 400, V),
  c('project: start 30 February', E.createProject, project({ startDate: '2026-02-30' }), 400, V),
  c('project: start in German format', E.createProject, project({ startDate: '01.06.2026' }), 400, V),
  c('project: hours budget without hours', E.createProject, project({ budgetType: 'hours' }), 400, V),
  c('project: budget hours 12,345', E.createProject, project({ budgetType: 'hours', budgetMinutes: '12,345' }), 400, V),
  c('project: budget hours 1,5,0', E.createProject, project({ budgetType: 'hours', budgetMinutes: '1,5,0' }), 400, V),
  c('project: budget minutes negative', E.createProject, project({ budgetType: 'hours', budgetMinutes: -5 }), 400, V),
  c('project: budget minutes 10^12', E.createProject, project({ budgetType: 'hours', budgetMinutes: 1e12 }), 400, V),
  c('project: rate 95,5,0', E.createProject, project({ hourlyRateCents: '95,5,0' }), 400, V),
  c('project: rate 1.234.5,00', E.createProject, project({ hourlyRateCents: '1.234.5,00' }), 400, V),
  c('project: rate 10^15 cents', E.createProject, project({ hourlyRateCents: 1e15 }), 400, V),
  c('project: rate negative text', E.createProject, project({ hourlyRateCents: '-95' }), 400, V),
  c('project: rate NaN text', E.createProject, project({ hourlyRateCents: 'NaN' }), 400, V),
  c('project: budget amount 95,999', E.createProject, project({ budgetType: 'amount', budgetCents: '95,999' }), 400, V),
  c('project: member as text', E.createProject, project({ members: [{ userId: 'x' }] }), 400, V),
  c('project: unknown member', E.createProject, project({ members: [{ userId: 999999 }] }), 400, V),
  c('project: duplicate task names', E.createProject, project({ tasks: [{ name: 'A' }, { name: 'a' }] }), 400, V),
  c('project: noTasks as text', E.createProject, project({ noTasks: 'ja' }), 400, V),
  c('project: employee creates one', E.createProject, project(), 403, 'FORBIDDEN', { who: 'employee' }),
  c('project: manager edits one he does not lead', E.updateProject, project({ number: 'X' }), 403, 'FORBIDDEN', { who: 'manager2' }),
  c('project: task id of another project', E.updateProject, (w) => ({ ...project()(w), number: 'P-X', tasks: [{ id: w.q.taskIds[0], name: 'X' }] }), 400, V),
  c('project: unknown id', E.updateProject, project(), 404, 'NOT_FOUND', { url: () => '/api/projects/999999' }),
  c('task: empty name', E.createTask, () => ({ name: '' }), 400, V),
  c('task: name of 121 characters', E.createTask, () => ({ name: long(121) }), 400, V),
  c('task: rate negative', E.createTask, () => ({ name: 'T', rateCents: -1 }), 400, V),
  c('task: rate 9,9,9', E.createTask, () => ({ name: 'T', rateCents: '9,9,9' }), 400, V),
  c('task: budget abc', E.createTask, () => ({ name: 'T', budgetMinutes: 'abc' }), 400, V),
  c('task: on a project of another manager', E.createTask, () => ({ name: 'T' }), 403, 'FORBIDDEN', { who: 'manager2' }),
  c('task: of another project', E.updateTask, () => ({ name: 'T' }), 404, 'NOT_FOUND', { url: (w) => `/api/projects/${w.p.projectId}/tasks/${w.q.taskIds[0]}` }),
  c('task: id zero', E.updateTask, () => ({ name: 'T' }), 400, V, { url: (w) => `/api/projects/${w.p.projectId}/tasks/0` }),
  // bookings
  c('booking: minutes 0', E.createBooking, (w) => booking(w, { minutes: 0 }), 400, V),
  c('booking: minutes negative', E.createBooking, (w) => booking(w, { minutes: -30 }), 400, V),
  c('booking: minutes 1441', E.createBooking, (w) => booking(w, { minutes: 1441 }), 400, V),
  c('booking: minutes 10^9', E.createBooking, (w) => booking(w, { minutes: 1e9 }), 400, V),
  c('booking: minutes 1.5', E.createBooking, (w) => booking(w, { minutes: 1.5 }), 400, V),
  c('booking: duration 1,5,0', E.createBooking, (w) => booking(w, { minutes: '1,5,0' }), 400, V),
  c('booking: duration 1:3:0', E.createBooking, (w) => booking(w, { minutes: '1:3:0' }), 400, V),
  c('booking: duration 24:01', E.createBooking, (w) => booking(w, { minutes: '24:01' }), 400, V),
  c('booking: duration ,', E.createBooking, (w) => booking(w, { minutes: ',' }), 400, V),
  c('booking: duration as boolean', E.createBooking, (w) => booking(w, { minutes: true }), 400, V),
  c('booking: date 2026-13-01', E.createBooking, (w) => booking(w, { date: '2026-13-01' }), 400, V),
  c('booking: date as number', E.createBooking, (w) => booking(w, { date: 20260615 }), 400, V),
  c('booking: project as text', E.createBooking, (w) => booking(w, { projectId: 'x' }), 400, V),
  c('booking: on a foreign project', E.createBooking, (w) => booking(w, { projectId: w.q.projectId, taskId: w.q.taskIds[0] }), 403, 'NOT_PROJECT_MEMBER'),
  c('booking: task of a foreign project', E.createBooking, (w) => booking(w, { taskId: w.q.taskIds[0] }), 400, 'TASK_NOT_IN_PROJECT'),
  c('booking: for another employee', E.createBooking, (w) => booking(w, { employeeId: w.other.id }), 403, 'FORBIDDEN'),
  c('booking: rate negative', E.createBooking, (w) => booking(w, { rateCents: -1 }), 400, V),
  c('booking: rate 95,5,0', E.createBooking, (w) => booking(w, { rateCents: '95,5,0' }), 400, V),
  c('booking: rate 1,234.50', E.createBooking, (w) => booking(w, { rateCents: '1,234.50' }), 400, V),
  c('booking: rate 10^13', E.createBooking, (w) => booking(w, { rateCents: 1e13 }), 400, V),
  c('booking: rate Infinity text', E.createBooking, (w) => booking(w, { rateCents: 'Infinity' }), 400, V),
  c('booking: comment of 1,001 characters', E.createBooking, (w) => booking(w, { comment: long(1001) }), 400, V),
  c('booking: comment with NUL', E.createBooking, (w) => booking(w, { comment: 'a\u0000b' }), 400, V),
  c('booking: comment with DEL', E.createBooking, (w) => booking(w, { comment: 'a\u007fb' }), 400, V),
  c('booking: billable as text', E.createBooking, (w) => booking(w, { billable: 'ja' }), 400, V),
  c("booking: another employee's booking", E.updateBooking, () => ({ minutes: 30 }), 404, 'NOT_FOUND', { url: (w) => `/api/bookings/${w.otherEmployeeBookingId}` }),
  c('booking: a billed booking', E.updateBooking, () => ({ minutes: 30 }), 409, 'BOOKING_ALREADY_BILLED', { url: (w) => `/api/bookings/${w.p.bookingIds[0]}` }),
  c('booking: stale version', E.updateBooking, () => ({ minutes: 30, version: 999 }), 409, 'BOOKING_VERSION_CONFLICT'),
  c('booking: moved to a foreign project', E.updateBooking, (w) => ({ projectId: w.q.projectId }), 403, 'NOT_PROJECT_MEMBER'),
  c('booking: minutes 0 on update', E.updateBooking, () => ({ minutes: 0 }), 400, V),
  c('booking: comment with ESC on update', E.updateBooking, () => ({ comment: '\u001b[31m' }), 400, V),
  c('booking: id as text', E.updateBooking, () => ({ minutes: 30 }), 400, V, { url: () => '/api/bookings/abc' }),
  c('booking: id 10^30', E.updateBooking, () => ({ minutes: 30 }), 400, V, { url: () => '/api/bookings/1000000000000000000000000000000' }),
  c("booking: deleting another employee's", E.deleteBooking, () => undefined, 404, 'NOT_FOUND', { url: (w) => `/api/bookings/${w.otherEmployeeBookingId}` }),
  c('booking: deleting a billed one', E.deleteBooking, () => undefined, 409, 'BOOKING_ALREADY_BILLED', { url: (w) => `/api/bookings/${w.p.bookingIds[0]}` }),
  // integration settings
  c('settings: billomat ID with a blank', E.saveSettings, settings({ billomatId: 'a b' }), 400, V),
  c('settings: billomat ID as foreign URL', E.saveSettings, settings({ billomatId: 'https://evil.example/x' }), 400, V),
  c('settings: billomat ID with user info', E.saveSettings, settings({ billomatId: 'evil.example:80@demo' }), 400, V),
  c('settings: billomat ID path traversal', E.saveSettings, settings({ billomatId: '../../admin' }), 400, V),
  c('settings: billomat ID of 64 characters', E.saveSettings, settings({ billomatId: long(64) }), 400, V),
  c('settings: API key with a blank', E.saveSettings, settings({ apiKey: 'abc def' }), 400, V),
  c('settings: API key with a line break', E.saveSettings, settings({ apiKey: 'abc\r\nX-Evil: 1' }), 400, V),
  c('settings: API key of 201 characters', E.saveSettings, settings({ apiKey: long(201) }), 400, V),
  c('settings: VAT 19,,5', E.saveSettings, settings({ vatRate: '19,,5' }), 400, V),
  c('settings: VAT 1.9,5', E.saveSettings, settings({ vatRate: '1.9,5' }), 400, V),
  c('settings: VAT 19,555', E.saveSettings, settings({ vatRate: '19,555' }), 400, V),
  c('settings: VAT 101 %', E.saveSettings, settings({ vatRate: '101' }), 400, V),
  c('settings: VAT 10,001 basis points', E.saveSettings, settings({ vatRate: 10_001 }), 400, V),
  c('settings: VAT negative', E.saveSettings, settings({ vatRate: '-7' }), 400, V),
  c('settings: template abc', E.saveSettings, settings({ templateId: 'abc' }), 400, V),
  c('settings: template negative', E.saveSettings, settings({ templateId: -1 }), 400, V),
  c('settings: flag as text', E.saveSettings, settings({ printProjectDescription: 'yes' }), 400, V),
  c('settings: manager saves', E.saveSettings, settings(), 403, 'FORBIDDEN', { who: 'manager' }),
  c('connection test: API key with NUL', E.testConnection, () => ({ apiKey: 'a\u0000b' }), 400, V),
  c('connection test: billomat ID with a port', E.testConnection, () => ({ billomatId: 'demo:8080', apiKey: 'x' }), 400, V),
  c('connection test: wrong key', E.testConnection, () => ({ billomatId: 'demo', apiKey: 'falscher-schluessel' }), 422, 'BILLOMAT_AUTH'),
  c('connection test: unknown account', E.testConnection, () => ({ billomatId: 'gibtesnicht', apiKey: 'x' }), 422, 'BILLOMAT_NOT_FOUND'),
  c('disconnect: manager', E.disconnect, () => undefined, 403, 'FORBIDDEN', { who: 'manager' }),
  // exports
  c('preview: no selection', E.preview, options({ selection: undefined }), 400, V),
  c('preview: a booking twice', E.preview, (w) => options({ selection: only([w.p.bookingIds[3], w.p.bookingIds[3]]) })(w), 400, V),
  c('preview: booking ids as text', E.preview, (w) => options({ selection: only([String(w.p.bookingIds[3])]) })(w), 400, V),
  c('preview: booking id negative', E.preview, options({ selection: only([-1]) }), 400, V),
  c('preview: 10,001 booking ids', E.preview, options({ selection: only(Array.from({ length: 10_001 }, (_, i) => i + 1)) }), 400, V),
  c('preview: unknown selection mode', E.preview, options({ selection: { filter: {}, mode: 'some' } }), 400, V),
  c('preview: employee ids as words', E.preview, options({ selection: { filter: { employeeIds: 'anna,ben' }, mode: 'all' } }), 400, V),
  c('preview: filter date 2026-13-01', E.preview, options({ selection: { filter: { from: '2026-13-01' }, mode: 'all' } }), 400, V),
  c('preview: invoice date 2026-02-30', E.preview, options({ invoiceDate: '2026-02-30' }), 400, V),
  c('preview: rounding 7', E.preview, options({ rounding: 7 }), 400, V),
  c('preview: title of 256 characters', E.preview, options({ titleTemplate: long(256) }), 400, V),
  c('preview: title with NUL', E.preview, options({ titleTemplate: '{projekt}\u0000' }), 400, V),
  c('preview: grouping as text', E.preview, options({ groupByMonth: 'yes' }), 400, V),
  c('preview: manager of another project', E.preview, options(), 403, 'FORBIDDEN', { who: 'manager2' }),
  c('preview: employee', E.preview, options(), 403, 'FORBIDDEN', { who: 'employee' }),
  c('export: no preview token', E.exportHours, options(), 400, V),
  c('export: forged preview token', E.exportHours, options({ previewToken: 'v2.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), 409, 'PREVIEW_OUTDATED'),
  c('export: token of 201 characters', E.exportHours, options({ previewToken: long(201) }), 400, V),
  c('export: token as number', E.exportHours, options({ previewToken: 1 }), 400, V),
  c('export: billed bookings, forged token', E.exportHours, (w) => options({ selection: only([w.p.bookingIds[0]]), previewToken: 'v2.x' })(w), 409, 'BOOKINGS_ALREADY_CLAIMED'),
  // The preview reports these as blockers (200); the export with that preview's own token refuses them.
  c('export: billed bookings', E.exportHours, (w) => options({ selection: only([w.p.bookingIds[0]]) })(w), 409, 'BOOKINGS_ALREADY_CLAIMED', { previewFirst: true }),
  c('export: bookings of a foreign project', E.exportHours, (w) => options({ selection: only([w.q.bookingIds[0]]) })(w), 409, 'EXPORT_BLOCKED', { previewFirst: true }),
  c('export: own and foreign bookings mixed', E.exportHours, (w) => options({ selection: only([w.p.bookingIds[3], w.q.bookingIds[0]]) })(w), 409, 'EXPORT_BLOCKED', { previewFirst: true }),
  c('export: unknown booking id', E.exportHours, options({ selection: only([999_999]) }), 409, 'EXPORT_BLOCKED', { previewFirst: true }),
  c('export: invoice date changed after the preview', E.exportHours, options(), 409, 'PREVIEW_OUTDATED', { previewFirst: true, afterPreview: { invoiceDate: '2026-07-02' } }),
  c('export: grouping changed after the preview', E.exportHours, options(), 409, 'PREVIEW_OUTDATED', { previewFirst: true, afterPreview: { groupByTask: false } }),
  c('export: manager of another project', E.exportHours, options({ previewToken: 'v2.x' }), 403, 'FORBIDDEN', { who: 'manager2' }),
  c('retry: id zero', E.retry, () => undefined, 400, V, { url: () => '/api/exports/0/retry' }),
  c('retry: unknown export', E.retry, () => undefined, 404, 'NOT_FOUND', { url: () => '/api/exports/999999/retry' }),
  c('retry: id as text', E.retry, () => undefined, 400, V, { url: () => '/api/exports/abc/retry' }),
  c('retry: manager of another project', E.retry, () => undefined, 403, 'FORBIDDEN', { who: 'manager2' }),
  c('undo: a failed export', E.undo, () => undefined, 409, 'EXPORT_NOT_UNDOABLE', { url: (w) => `/api/exports/${w.failedExportId}/undo` }),
  c('undo: unknown export', E.undo, () => undefined, 404, 'NOT_FOUND', { url: () => '/api/exports/999999/undo' }),
  c('undo: manager of another project', E.undo, () => undefined, 403, 'FORBIDDEN', { who: 'manager2' }),
  c('undo: employee', E.undo, () => undefined, 403, 'FORBIDDEN', { who: 'employee' }),
  c('release: an invoice that is not cancelled', E.release, () => undefined, 409, 'INVOICE_NOT_CANCELLED'),
  c('release: unknown export', E.release, () => undefined, 404, 'NOT_FOUND', { url: () => '/api/overview/exports/999999/release' }),
  c('release: id zero', E.release, () => undefined, 400, V, { url: () => '/api/overview/exports/0/release' }),
  c('refresh: employee', E.refreshStatus, () => undefined, 403, 'FORBIDDEN', { who: 'employee' }),
  c('import: employee', E.importCustomers, () => undefined, 403, 'FORBIDDEN', { who: 'employee' }),
  // billing runs
  c('billing run: cutoff 2026-02-30', E.billingPreview, () => ({ cutoffDate: '2026-02-30', invoiceDate: '2026-07-01' }), 400, V),
  c('billing run: invoice date as number', E.billingPreview, () => ({ cutoffDate: '2026-06-30', invoiceDate: 20260701 }), 400, V),
  c('billing run: project ids as text', E.billingPreview, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: ['1'] }), 400, V),
  c('billing run: 5,001 projects', E.billingPreview, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: Array.from({ length: 5001 }, (_, i) => i + 1) }), 400, V),
  c('billing run: start without projects', E.startBillingRun, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: [] }), 400, V),
  c('billing run: start with a negative project id', E.startBillingRun, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: [-1] }), 400, V),
  c('billing run: draftsOnly as text', E.startBillingRun, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: [1], draftsOnly: 'ja' }), 400, V),
  c('billing run: manager starts one', E.startBillingRun, () => ({ cutoffDate: '2026-06-30', invoiceDate: '2026-07-01', projectIds: [1] }), 403, 'FORBIDDEN', { who: 'manager' }),
  c('schedule: day 29', E.saveSchedule, () => ({ enabled: true, dayOfMonth: 29, time: '06:00' }), 400, V),
  c('schedule: day 0', E.saveSchedule, () => ({ enabled: true, dayOfMonth: 0, time: '06:00' }), 400, V),
  c('schedule: day 1,5', E.saveSchedule, () => ({ enabled: true, dayOfMonth: '1,5', time: '06:00' }), 400, V),
  c('schedule: time 24:00', E.saveSchedule, () => ({ enabled: true, dayOfMonth: 1, time: '24:00' }), 400, V),
  c('schedule: time 6 Uhr', E.saveSchedule, () => ({ enabled: true, dayOfMonth: 1, time: '6 Uhr' }), 400, V),
  c('schedule: enabled as text', E.saveSchedule, () => ({ enabled: 'an', dayOfMonth: 1, time: '06:00' }), 400, V),
  c('billing run: cancelling an unknown one', E.cancelBillingRun, () => undefined, 404, 'NOT_FOUND'),
  c('export profile: rounding 7', E.saveProfile, () => ({ rounding: 7 }), 400, V),
  c('export profile: title with ESC', E.saveProfile, () => ({ titleTemplate: '\u001b[2J' }), 400, V),
  c('export profile: description of 2,001 characters', E.saveProfile, () => ({ descriptionTemplate: long(2001) }), 400, V),
  c('export profile: grouping as number', E.saveProfile, () => ({ groupByTask: 1 }), 400, V),
  c('export profile: manager of another project', E.saveProfile, () => ({ rounding: 15 }), 403, 'FORBIDDEN', { who: 'manager2' }),
  c('export profile: employee', E.saveProfile, () => ({ rounding: 15 }), 403, 'FORBIDDEN', { who: 'employee' }),
  c('export profile: unknown project', E.saveProfile, () => ({ rounding: 15 }), 404, 'NOT_FOUND', { url: () => '/api/projects/999999/export-profile' }),
];

export const HTTP_CORPUS: HttpCase[] = [...generic, ...specific];
