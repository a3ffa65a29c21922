import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A dialog tab that edits a list row by row: hint, the rows (head only when there are any), "add". */
export function RowEditor({
  hint,
  head,
  rows,
  children,
  addLabel,
  onAdd,
}: {
  hint: string;
  head: ReactNode;
  rows: ReactNode[];
  /** Shown between the rows and the add button (a list-level error). */
  children?: ReactNode;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      {rows.length > 0 && (
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              {head}
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      )}
      {children}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** The last cell of a row: removes it. */
export function RemoveRowCell({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Table.Td>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Table.Td>
  );
}
