// Realistic German booking comments, by task name; projects without tasks use the general ones.
const byTask: Record<string, string[]> = {
  Konzeption: [
    'Abstimmung mit Kunde zu Startseite',
    'Workshop Anforderungen',
    'Konzept Navigation überarbeitet',
    'Wireframes Produktseite',
    'Feedback zum Konzept eingearbeitet',
  ],
  Design: ['Entwurf Startseite', 'Styleguide ergänzt', 'Icons angepasst', 'Mobile Ansichten gestaltet'],
  Entwicklung: [
    'Code-Review Checkout',
    'Kontaktformular umgesetzt',
    'Fehlerbehebung Suche',
    'Schnittstelle Warenwirtschaft angebunden',
    'Refactoring Benutzerverwaltung',
    'Deployment Staging',
  ],
  Testing: ['Testfälle Checkout', 'Regressionstest nach Update', 'Abnahmetest mit Kunde'],
  Projektmanagement: ['Jour fixe mit Kunde', 'Statusbericht erstellt', 'Planung nächster Sprint'],
  Schulung: ['Schulung Redakteure', 'Handbuch ergänzt'],
  Prototyping: ['Klickdummy Anmeldung', 'Prototyp Dashboard', 'Nutzertest ausgewertet'],
};

const general = [
  'Support-Anfrage bearbeitet',
  'Telefonat mit Kunde',
  'Server-Updates eingespielt',
  'Backup geprüft',
  'Keyword-Analyse',
  'Ticket #{n} bearbeitet',
  'Abstimmung intern',
];

export function commentFor(taskName: string | null, rand: () => number): string {
  const list = (taskName && byTask[taskName]) || general;
  const text = list[Math.floor(rand() * list.length)]!;
  return text.replace('{n}', String(1000 + Math.floor(rand() * 9000)));
}
