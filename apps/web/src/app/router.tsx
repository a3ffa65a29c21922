import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFound } from './routes/not-found';

// Pages load lazily so the first screen ships only the shell.
const lazy =
  (load: () => Promise<{ default: React.ComponentType }>): RouteObject['lazy'] =>
  async () => ({
    Component: (await load()).default,
  });

export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/auth/components/login-page')).LoginPage }),
  },
  {
    path: '/',
    Component: AppLayout,
    children: [
      { index: true, lazy: lazy(() => import('./routes/overview')) },
      { path: 'projekte', lazy: lazy(() => import('./routes/projects')) },
      { path: 'projekte/:id', lazy: lazy(() => import('./routes/project-file')) },
      { path: 'projekte/:id/rechnung', lazy: lazy(() => import('./routes/export')) },
      { path: 'buchungen', lazy: lazy(() => import('./routes/bookings')) },
      { path: 'kunden', lazy: lazy(() => import('./routes/customers')) },
      { path: 'administration/integrationen', lazy: lazy(() => import('./routes/integrations')) },
      { path: 'administration/benutzer', lazy: lazy(() => import('./routes/users')) },
      { path: 'administration/abrechnungslauf', lazy: lazy(() => import('./routes/billing-runs')) },
      { path: 'hilfe', lazy: lazy(() => import('./routes/help')) },
      { path: 'hilfe/:slug', lazy: lazy(() => import('./routes/help')) },
      { path: '*', Component: NotFound },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
