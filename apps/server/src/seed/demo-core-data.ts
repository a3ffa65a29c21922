// The demo customers and projects. The customers carry the names and numbers of the first clients of
// the sandbox's demo account ("demo", seed 42), so the customer import can link them (demo-customer-link.ts).

export interface DemoCustomer {
  name: string;
  number: string;
  address: string;
  email: string;
  vatId: string;
}

export const demoCustomers: DemoCustomer[] = [
  {
    name: 'Brückenbau Richter GbR',
    number: '1',
    address: 'Gartenstraße 104\n48143 Münster',
    email: 'lea.richter@brueckenbauricht.de',
    vatId: 'DE324931360',
  },
  {
    name: 'Architekturbüro Hoffmann GmbH & Co. KG',
    number: '2',
    address: 'Lindenallee 101\n80331 München',
    email: 'felix.hoffmann@architekturbuero.de',
    vatId: 'DE633091590',
  },
  {
    name: 'Möbelwerkstatt Schmidt GmbH',
    number: '3',
    address: 'Friedrich-Ebert-Straße 59\n80331 München',
    email: 'joerg.schmidt@moebelwerkstatts.de',
    vatId: '',
  },
  {
    name: 'Kanzlei Schmidt AG',
    number: '4',
    address: 'Goethestraße 37\n10115 Berlin',
    email: 'sophie.schmidt@kanzleischmidtag.de',
    vatId: '',
  },
  {
    name: 'Elektro Wagner GmbH & Co. KG',
    number: '5',
    address: 'Marktplatz 112\n60311 Frankfurt am Main',
    email: 'ursula.wagner@elektrowagnergmb.de',
    vatId: 'DE949361721',
  },
];

export interface DemoProject {
  number: string;
  name: string;
  description: string;
  /** Index into demoCustomers. */
  customer: number;
  status: 'planned' | 'running' | 'completed';
  /** Months before today the project started (negative: starts in the future). */
  startMonthsAgo: number;
  /** Months before today the project ended (completed projects take no later bookings). */
  endMonthsAgo?: number;
  hourlyRateCents: number | null;
  /** Budgets are sized after the bookings are generated: this share of the budget ends up used. */
  budget?: { type: 'hours' | 'amount'; usedShare: number };
  tasks: { name: string; rateCents?: number }[];
  /** Demo user e-mail prefix → member rate (null = hierarchy) and manager flag. */
  members: { user: string; rateCents?: number; isManager?: boolean }[];
}

const team = (...users: string[]) => users.map((user) => ({ user }));

export const demoProjects: DemoProject[] = [
  {
    number: 'P-2026-001',
    name: 'Website-Relaunch',
    description: 'Neuer Internetauftritt mit CMS. Bestellnummer 4711-WR',
    customer: 0,
    status: 'running',
    startMonthsAgo: 6,
    hourlyRateCents: 9500,
    budget: { type: 'hours', usedShare: 0.8 },
    tasks: [
      { name: 'Konzeption', rateCents: 11000 },
      { name: 'Design', rateCents: 10000 },
      { name: 'Entwicklung' },
      { name: 'Projektmanagement', rateCents: 12000 },
    ],
    members: [{ user: 'manager', isManager: true }, ...team('erika', 'jonas', 'sophie')],
  },
  {
    number: 'P-2026-002',
    name: 'Online-Shop Checkout',
    description: 'Überarbeitung des Bestellprozesses im Online-Shop.',
    customer: 1,
    status: 'running',
    startMonthsAgo: 5,
    hourlyRateCents: 10500,
    budget: { type: 'amount', usedShare: 0.65 },
    tasks: [{ name: 'Konzeption' }, { name: 'Entwicklung' }, { name: 'Testing', rateCents: 8500 }],
    members: [{ user: 'manager', isManager: true }, { user: 'erika', rateCents: 9800 }, { user: 'jonas' }],
  },
  {
    number: 'P-2026-003',
    name: 'Wartung & Support 2026',
    description: 'Laufende Betreuung nach Aufwand.',
    customer: 2,
    status: 'running',
    startMonthsAgo: 6,
    hourlyRateCents: 8500,
    tasks: [],
    members: [{ user: 'manager', isManager: true }, ...team('sophie', 'jonas')],
  },
  {
    number: 'P-2026-004',
    name: 'Intranet-Portal',
    description: 'Mitarbeiterportal mit Dokumentenablage.',
    customer: 3,
    status: 'running',
    startMonthsAgo: 4,
    hourlyRateCents: 9800,
    tasks: [{ name: 'Konzeption', rateCents: 10500 }, { name: 'Entwicklung' }, { name: 'Schulung' }],
    members: [{ user: 'manager', isManager: true }, ...team('erika', 'sophie')],
  },
  {
    number: 'P-2026-005',
    name: 'SEO-Beratung',
    description: '',
    customer: 4,
    status: 'running',
    startMonthsAgo: 3,
    hourlyRateCents: 12000,
    tasks: [],
    members: [
      { user: 'manager', isManager: true },
      { user: 'jonas', rateCents: 9000 },
    ],
  },
  {
    number: 'P-2025-017',
    name: 'Messe-Microsite',
    description: 'Microsite zur Frühjahrsmesse.',
    customer: 0,
    status: 'completed',
    startMonthsAgo: 6,
    endMonthsAgo: 4,
    hourlyRateCents: 9000,
    tasks: [{ name: 'Design' }, { name: 'Entwicklung' }],
    members: [{ user: 'manager', isManager: true }, ...team('erika', 'sophie')],
  },
  {
    number: 'P-2026-006',
    name: 'App-Prototyp',
    description: 'Klickbarer Prototyp für die Mandanten-App.',
    customer: 3,
    status: 'running',
    startMonthsAgo: 2,
    hourlyRateCents: null,
    tasks: [
      { name: 'Konzeption', rateCents: 10000 },
      { name: 'Prototyping', rateCents: 9500 },
    ],
    members: [
      { user: 'manager', isManager: true, rateCents: 11500 },
      { user: 'sophie', rateCents: 9200 },
    ],
  },
  {
    number: 'P-2026-007',
    name: 'Datenschutz-Audit',
    description: '',
    customer: 1,
    status: 'planned',
    startMonthsAgo: -1,
    hourlyRateCents: 11000,
    tasks: [{ name: 'Bestandsaufnahme' }, { name: 'Bericht' }],
    members: [{ user: 'manager', isManager: true }, ...team('jonas')],
  },
];
