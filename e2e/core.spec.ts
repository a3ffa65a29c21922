import { expect, test, type Page } from '@playwright/test';
import { demo } from './testing/users';

// Issue 3, acceptance 1: customer → project with two tasks and an employee → the employee books 1:30 →
// week view → the project file shows it as unbilled, in German formats.

const stamp = Date.now().toString(36).toUpperCase();
const customerName = `Bäckerei Sonnenschein ${stamp}`;
const projectName = `Website-Relaunch ${stamp}`;
const projectNumber = `E2E-${stamp}`;
const shots = 'test-results/screenshots';

async function choose(page: Page, field: ReturnType<Page['getByRole']>, option: string | RegExp) {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

test('admin sets up a project, the employee books 1:30, the project file shows it unbilled', async ({
  browser,
}) => {
  const admin = await browser.newPage({ storageState: demo.admin.file });

  // Kunden: a manual customer.
  await admin.goto('/kunden');
  await expect(admin.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
  await admin.getByRole('button', { name: 'Neuer Kunde' }).click();
  const customerDialog = admin.getByRole('dialog', { name: 'Neuer Kunde' });
  await customerDialog.getByRole('textbox', { name: 'Name' }).fill(customerName);
  await customerDialog.getByRole('textbox', { name: 'Kundennummer' }).fill(`K-${stamp}`);
  await customerDialog.getByRole('textbox', { name: 'E-Mail' }).fill('info@sonnenschein.example');
  await customerDialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(customerDialog).toBeHidden();
  await admin.getByRole('textbox', { name: 'Kunden suchen' }).fill(stamp);
  await expect(admin.getByRole('cell', { name: customerName, exact: true })).toBeVisible();
  await expect(admin.getByRole('row')).toHaveCount(2);
  await admin.screenshot({ path: `${shots}/customers.png`, fullPage: true });

  // Projekte: a running project with two tasks and Erika as member.
  await admin.goto('/projekte');
  await admin.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Neues Projekt' });
  // Saving empty shows the schema's messages on the fields.
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte einen Kunden wählen.')).toBeVisible();
  await expect(dialog.getByText('Bitte eine Projektnummer angeben.')).toBeVisible();

  const customerSelect = dialog.getByRole('textbox', { name: 'Kunde', exact: true });
  await customerSelect.fill(stamp);
  await admin.getByRole('option', { name: new RegExp(customerName) }).click();
  await dialog.getByRole('textbox', { name: 'Projektnummer' }).fill(projectNumber);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(projectName);
  await dialog.getByRole('textbox', { name: 'Beschreibung' }).fill('Bestellnummer 4711');
  await choose(admin, dialog.getByRole('textbox', { name: 'Status' }), 'Laufend');
  await dialog.getByRole('textbox', { name: 'Mehrwertsteuersatz (abweichend)' }).fill('19,5');
  await admin.screenshot({ path: `${shots}/project-dialog-general.png` });

  await dialog.getByRole('tab', { name: 'Tasks' }).click();
  await dialog.getByRole('button', { name: 'Task hinzufügen' }).click();
  await dialog.getByRole('button', { name: 'Task hinzufügen' }).click();
  await dialog.getByRole('textbox', { name: 'Task 1: Name' }).fill('Konzeption');
  await dialog.getByRole('textbox', { name: 'Task 1: Stundensatz' }).fill('95');
  await dialog.getByRole('textbox', { name: 'Task 2: Name' }).fill('Umsetzung');
  await dialog.getByRole('textbox', { name: 'Task 2: Budget in Stunden' }).fill('40');
  await admin.screenshot({ path: `${shots}/project-dialog-tasks.png` });

  await dialog.getByRole('tab', { name: 'Mitarbeiter' }).click();
  await dialog.getByRole('button', { name: 'Mitarbeiter hinzufügen' }).click();
  await choose(admin, dialog.getByRole('textbox', { name: 'Mitarbeiter 1', exact: true }), /Erika Müller/);
  await admin.screenshot({ path: `${shots}/project-dialog-members.png` });
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin).toHaveURL(/\/projekte\/\d+$/);
  const projectUrl = admin.url();
  await expect(admin.getByRole('heading', { name: projectName })).toBeVisible();

  // The employee books 1:30 on "Konzeption"; the rate comes from the task.
  const employee = await browser.newPage({ storageState: demo.employee.file });
  await employee.goto('/buchungen');
  await expect(employee.getByRole('heading', { name: 'Buchungen', level: 2 })).toBeVisible();
  await employee.getByRole('button', { name: 'Neue Projektbuchung' }).click();
  const booking = employee.getByRole('dialog', { name: 'Neue Projektbuchung' });
  await choose(employee, booking.getByRole('textbox', { name: 'Projekt' }), new RegExp(projectName));
  await choose(employee, booking.getByRole('textbox', { name: 'Task' }), 'Konzeption');
  await booking.getByRole('textbox', { name: 'Dauer' }).fill('1:30');
  await expect(booking.getByText('= 1,50 Std.')).toBeVisible();
  await expect(booking.getByRole('textbox', { name: 'Stundensatz' })).toHaveValue('95,00');
  await expect(booking.getByText('Satz aus Task Konzeption')).toBeVisible();
  await booking.getByRole('textbox', { name: 'Kommentar' }).fill('Workshop Sitemap und Zielgruppen');
  await employee.screenshot({ path: `${shots}/booking-dialog.png` });
  await booking.getByRole('button', { name: 'Speichern' }).click();
  await expect(booking).toBeHidden();

  // Demo data may hold other bookings of Erika's this week: look for ours in today's column.
  const today = new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date());
  const column = employee.getByRole('region', { name: new RegExp(`, ${today.replaceAll('.', '\\.')}$`) });
  await expect(column.getByRole('button', { name: `${projectName} · Konzeption · 1,50 Std.` })).toBeVisible();
  await expect(employee.getByTestId('week-total')).toHaveText(/\d+,\d\d Std\./);
  await employee.screenshot({ path: `${shots}/bookings-week.png`, fullPage: true });
  await employee.getByRole('radiogroup', { name: 'Ansicht' }).getByText('Liste').click();
  await expect(employee.getByRole('cell', { name: '142,50 €' })).toBeVisible();
  await employee.screenshot({ path: `${shots}/bookings-list.png`, fullPage: true });

  // The project file: unbilled 1,50 Std. · 142,50 €.
  await admin.goto(projectUrl);
  await expect(admin.getByRole('link', { name: 'Neue Rechnung' })).toBeVisible();
  const row = admin.getByRole('table', { name: 'Buchungen' }).getByRole('row').nth(1);
  await expect(row).toContainText('Erika Müller');
  await expect(row).toContainText('Konzeption');
  await expect(row).toContainText('1,50 Std.');
  await expect(row).toContainText('142,50 €');
  await expect(row).toContainText('Nicht abgerechnet');
  const unbilled = admin.getByTestId('summary-unbilled');
  await expect(unbilled).toContainText('1,50 Std.');
  await expect(unbilled).toContainText('142,50 €');
  await admin.screenshot({ path: `${shots}/project-file.png`, fullPage: true });

  await admin.goto('/projekte');
  await admin.getByRole('textbox', { name: 'Projekte suchen' }).fill(stamp);
  await expect(admin.getByRole('row')).toHaveCount(2);
  await expect(admin.getByText('1,50 Std. · 142,50 €')).toBeVisible();
  await admin.screenshot({ path: `${shots}/projects.png`, fullPage: true });
});
