import { Alert, Anchor, Stack } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvoicePreview, PreviewWarning } from '@plainstaff/contracts/exports';
import { renderMessage } from '../../../lib/messages';

/** How to remove a blocker: where in the product the fix lives. */
function Fix({ code, projectId }: { code: string; projectId: number }) {
  const { t } = useTranslation('exports');
  if (/CUSTOMER/.test(code))
    return (
      <Anchor component={Link} to={`/projekte/${projectId}`} size="sm">
        {t('blocker.fixCustomer')}
      </Anchor>
    );
  if (/INTEGRATION|CONNECT|BILLOMAT|SETTINGS/.test(code))
    return (
      <Anchor component={Link} to="/administration/integrationen" size="sm">
        {t('blocker.fixIntegration')}
      </Anchor>
    );
  if (/NOT_OPEN|NOT_BILLABLE|BILLED|RESERVED|CLAIMED/.test(code)) return <>{t('blocker.fixBilled')}</>;
  return null;
}

export function PreviewNotices({ preview, projectId }: { preview: InvoicePreview; projectId: number }) {
  const { t } = useTranslation('exports');
  const blockers: PreviewWarning[] = preview.blockers;
  // "Nothing selected" is already obvious from the grid and the disabled button.
  const warnings = preview.warnings.filter((w) => w.code !== 'NO_SELECTION');
  if (blockers.length === 0 && warnings.length === 0) return null;
  return (
    <Stack gap="xs">
      {blockers.map((b) => (
        <Alert
          key={b.code}
          color="red"
          variant="light"
          icon={<IconBan size={18} />}
          title={t('blocker.title')}
          role="alert"
        >
          {renderMessage(b)} <Fix code={b.code} projectId={projectId} />
        </Alert>
      ))}
      {warnings.map((w) => (
        <Alert key={w.code} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {renderMessage(w)}
        </Alert>
      ))}
    </Stack>
  );
}
