import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../lib/query-client';
import { useDisconnectBillomat } from '../api/disconnect-billomat';

/** "Verbindung trennen" with a confirmation: the saved key is deleted. */
export function DisconnectButton({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('integrations');
  const [opened, { open, close }] = useDisclosure(false);
  const disconnect = useDisconnectBillomat();

  const confirm = () =>
    disconnect.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('dialog.disconnected') });
        close();
        onDone();
      },
    });

  return (
    <>
      <Button variant="subtle" color="red" onClick={open}>
        {t('dialog.disconnect')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('dialog.disconnectTitle')} size="md" zIndex={300}>
        <Stack>
          <Text size="sm">{t('dialog.disconnectText')}</Text>
          {disconnect.isError && <Alert color="red">{messageOf(disconnect.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={close}>
              {t('dialog.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={disconnect.isPending}>
              {t('dialog.disconnect')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
