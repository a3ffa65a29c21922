import type { Role } from '@plainstaff/contracts/auth';

export interface NavItem {
  to: string;
  labelKey: string;
  roles?: readonly Role[];
  children?: NavItem[];
}

/** The navigation of PRODUCT §7. */
export const navItems: NavItem[] = [
  { to: '/', labelKey: 'nav.overview' },
  { to: '/projekte', labelKey: 'nav.projects' },
  { to: '/buchungen', labelKey: 'nav.bookings' },
  { to: '/kunden', labelKey: 'nav.customers', roles: ['admin', 'manager'] },
  {
    to: '/administration',
    labelKey: 'nav.administration',
    roles: ['admin'],
    children: [
      { to: '/administration/integrationen', labelKey: 'nav.integrations', roles: ['admin'] },
      { to: '/administration/benutzer', labelKey: 'nav.users', roles: ['admin'] },
      { to: '/administration/abrechnungslauf', labelKey: 'nav.billingRun', roles: ['admin'] },
    ],
  },
  { to: '/hilfe', labelKey: 'nav.help' },
];
