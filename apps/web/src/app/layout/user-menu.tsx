import { Avatar, Group, Menu, SegmentedControl, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language, SessionUser } from '@plainstaff/contracts/auth';
import { useLogout } from '../../features/auth/api/logout';
import { useSetLanguage } from '../../features/auth/api/preferences';

export function UserMenu({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const setLanguage = useSetLanguage();

  return (
    <Group gap="md">
      <SegmentedControl
        size="xs"
        aria-label={t('language.label')}
        value={i18n.language}
        onChange={(lng) => setLanguage.mutate(lng as Language)}
        data={[
          { value: 'de', label: 'DE' },
          { value: 'en', label: 'EN' },
        ]}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu.account')}>
            <Group gap="xs">
              <Avatar size="sm" color="blue" radius="xl">
                {user.name.slice(0, 1)}
              </Avatar>
              <div>
                <Text size="sm" fw={500}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`roles.${user.role}`)}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
            }
          >
            {t('userMenu.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
