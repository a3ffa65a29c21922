import { Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/** A right-aligned cell that never wraps (hours, rates, amounts). */
export function NumberCell({ children }: { children: ReactNode }) {
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Table.Td>
  );
}

/** A free-text cell cut to one line; a long text shows in full in a tooltip. */
export function CommentCell({ comment }: { comment: string }) {
  return (
    <Table.Td>
      <Tooltip label={comment} disabled={comment.length < 50} multiline w={360}>
        <Text size="sm" lineClamp={1}>
          {comment}
        </Text>
      </Tooltip>
    </Table.Td>
  );
}
