import { Group } from '@mantine/core';
import { HelpButton } from '../../components/ui/help-button';
import { ImportCustomersButton } from '../../features/customer-import/components/import-customers-button';

/** The double-arrow import button and its "?", wherever the app offers the customer import. */
export function CustomerImportActions() {
  return (
    <Group gap={4} wrap="nowrap">
      <ImportCustomersButton size="input-sm" />
      <HelpButton topic="kunden-importieren" size="input-sm" />
    </Group>
  );
}
