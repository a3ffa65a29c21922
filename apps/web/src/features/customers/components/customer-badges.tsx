import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@plainstaff/contracts/customers';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';

export function CustomerBadges({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  return (
    <Group gap={4} wrap="nowrap">
      {customer.source === 'billomat' ? (
        <Badge variant="light" color="teal" size="sm" styles={NO_TRUNCATE}>
          {t('badge.billomat')}
        </Badge>
      ) : (
        <Badge variant="light" color="gray" size="sm" styles={NO_TRUNCATE}>
          {t('badge.manual')}
        </Badge>
      )}
      {customer.archived && (
        <Badge variant="outline" color="gray" size="sm" styles={NO_TRUNCATE}>
          {t('badge.archived')}
        </Badge>
      )}
      {customer.missingInBillomat && (
        <Badge variant="light" color="orange" size="sm" styles={NO_TRUNCATE}>
          {t('badge.missing')}
        </Badge>
      )}
    </Group>
  );
}
