import { Alert, SimpleGrid, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HelpButton } from '../../../components/ui/help-button';
import { PageHeader } from '../../../components/ui/page-header';
import { messageOf } from '../../../lib/query-client';
import { useBillomatSettings } from '../api/billomat-settings';
import { BillomatTile } from './billomat-tile';

export function IntegrationsPage() {
  const { t } = useTranslation('integrations');
  const settings = useBillomatSettings();
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<HelpButton topic="billomat-verbinden" />}
      />
      {settings.isError && <Alert color="red">{messageOf(settings.error)}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {settings.data ? (
          <BillomatTile settings={settings.data} />
        ) : (
          settings.isPending && <Skeleton h={220} />
        )}
      </SimpleGrid>
    </>
  );
}
