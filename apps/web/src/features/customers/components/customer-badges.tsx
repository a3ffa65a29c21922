import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@plainstaff/contracts/customers';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';

type Marked = Pick<Customer, 'source' | 'archived' | 'missingInBillomat' | 'otherAccount'>;

/** `withLinked={false}`: only what is out of the ordinary (the picker); no "billomat" on every row. */
export function CustomerBadges({ customer, withLinked = true }: { customer: Marked; withLinked?: boolean }) {
  const { t } = useTranslation('customers');
  return (
    <Group gap={4} wrap="nowrap">
      {customer.source === 'billomat' ? (
        withLinked && (
          <Badge variant="light" color="teal" size="sm" styles={NO_TRUNCATE}>
            {t('badge.billomat')}
          </Badge>
        )
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
      {customer.otherAccount && (
        <Badge variant="light" color="orange" size="sm" styles={NO_TRUNCATE}>
          {t('badge.otherAccount')}
        </Badge>
      )}
    </Group>
  );
}

/** The marks of the badges as words, for an accessible name: "Manuell, Archiviert". */
export function useCustomerMarks() {
  const { t } = useTranslation('customers');
  return (customer: Marked) =>
    [
      customer.source === 'manual' && t('badge.manual'),
      customer.archived && t('badge.archived'),
      customer.missingInBillomat && t('badge.missing'),
      customer.otherAccount && t('badge.otherAccount'),
    ].filter(Boolean) as string[];
}
