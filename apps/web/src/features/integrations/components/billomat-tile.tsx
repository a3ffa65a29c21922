import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BillomatSettings } from '@plainstaff/contracts/integrations';
import { formatDateTime } from '../../../lib/format';
import { BillomatSettingsDialog } from './billomat-settings-dialog';
import { renderMessage } from '../../../lib/messages';

function State({ settings }: { settings: BillomatSettings }) {
  const { t } = useTranslation('integrations');
  if (!settings.connected)
    return (
      <Badge color="gray" variant="light">
        {t('billomat.notConnected')}
      </Badge>
    );
  return (
    <Stack gap={4}>
      <Badge
        color={settings.lastError ? 'orange' : 'green'}
        variant="light"
        style={{ textTransform: 'none' }}
      >
        {t('billomat.connectedWith', { name: settings.accountName ?? settings.billomatId })}
      </Badge>
      {settings.lastError && (
        <Text size="sm" c="red" role="alert">
          {renderMessage(settings.lastError)}
        </Text>
      )}
      {settings.lastCheckAt && (
        <Text size="xs" c="dimmed">
          {t('billomat.lastCheck', { date: formatDateTime(settings.lastCheckAt) })}
        </Text>
      )}
    </Stack>
  );
}

export function BillomatTile({ settings }: { settings: BillomatSettings }) {
  const { t } = useTranslation('integrations');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="billomat-tile-title">
      <Stack gap="sm" h="100%">
        <Title order={3} id="billomat-tile-title">
          {t('billomat.name')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('billomat.summary')}
        </Text>
        <State settings={settings} />
        <Group mt="auto" pt="xs">
          <Button leftSection={<IconSettings size={16} />} variant="light" onClick={open}>
            {t('billomat.settings')}
          </Button>
        </Group>
      </Stack>
      <BillomatSettingsDialog settings={settings} opened={opened} onClose={close} />
    </Card>
  );
}
