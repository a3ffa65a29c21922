import { ActionIcon, Anchor, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { messageOf } from '../../../lib/query-client';
import { useImportStatus } from '../api/get-import-status';
import { useStartImport } from '../api/start-import';
import { trackImport, useImportRunning } from './import-tracker';

/** The double-arrow button: imports all customers from billomat (PRODUCT §2 flow 2). */
export function ImportCustomersButton({ size = 'input-sm' }: { size?: 'input-sm' | 'lg' }) {
  const { t } = useTranslation('customer-import');
  const qc = useQueryClient();
  const status = useImportStatus();
  const start = useStartImport();
  const running = useImportRunning();
  const [notConnected, setNotConnected] = useState(false);
  const connected = status.data?.connected !== false;

  const onClick = async () => {
    if (!connected) return setNotConnected((o) => !o);
    try {
      const { run } = await start.mutateAsync();
      trackImport(run, qc, t);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BILLOMAT_NOT_CONNECTED') {
        setNotConnected(true);
        void status.refetch();
      } else notifications.show({ color: 'red', title: t('failedTitle'), message: messageOf(error) });
    }
  };

  return (
    <Popover opened={notConnected} onChange={setNotConnected} width={300} position="bottom-end" withArrow>
      <Popover.Target>
        <Tooltip label={connected ? t('tooltip') : t('notConnectedTitle')} disabled={notConnected}>
          <ActionIcon
            variant="light"
            size={size}
            aria-label={t('button')}
            loading={running || start.isPending}
            onClick={() => void onClick()}
          >
            <IconArrowsLeftRight size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('notConnectedTitle')}
          </Text>
          <Text size="sm">{t('notConnected')}</Text>
          <Anchor component={Link} to="/administration/integrationen" size="sm">
            {t('toIntegrations')}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
