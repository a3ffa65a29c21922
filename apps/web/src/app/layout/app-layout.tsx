import { Alert, AppShell, Burger, Group, Loader, NavLink, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../features/auth/api/me';
import { ApiError } from '../../lib/api-client';
import { setUiLanguage } from '../../lib/i18n';
import { HelpProvider } from './help-provider';
import { navItems, type NavItem } from './nav-items';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const me = useMe();
  const language = me.data?.user.language;
  const { i18n } = useTranslation();
  // The language is remembered per user; apply it when the session is known.
  useEffect(() => {
    if (language && language !== i18n.language) setUiLanguage(language);
  }, [language, i18n.language]);

  if (me.isPending) return <Loader m="xl" aria-label={t('loading')} />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      const next =
        location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
      return <Navigate to={`/login${next}`} replace />;
    }
    return (
      <Alert color="red" m="xl">
        {t('error.unexpected')}
      </Alert>
    );
  }
  const { user, demo } = me.data;
  const visible = (item: NavItem) => !item.roles || item.roles.includes(user.role);
  const isActive = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname.startsWith(to);

  return (
    <HelpProvider>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group>
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
              <Title order={3} c="blue.7">
                PlainStaff
              </Title>
            </Group>
            <UserMenu user={user} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Navigation">
          <ScrollArea>
            {navItems.filter(visible).map((item) =>
              item.children ? (
                <NavLink
                  key={item.to}
                  label={t(item.labelKey)}
                  defaultOpened={isActive(item.to)}
                  active={false}
                >
                  {item.children.filter(visible).map((child) => (
                    <NavLink
                      key={child.to}
                      component={Link}
                      to={child.to}
                      label={t(child.labelKey)}
                      active={isActive(child.to)}
                    />
                  ))}
                </NavLink>
              ) : (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.labelKey)}
                  active={isActive(item.to)}
                />
              ),
            )}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main>
          {demo && (
            <Alert color="yellow" variant="light" mb="md" title={t('demoTitle')} p="xs">
              {t('demoBanner')}
            </Alert>
          )}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </HelpProvider>
  );
}
