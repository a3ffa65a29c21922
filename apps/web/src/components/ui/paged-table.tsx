import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Pager } from './pager';
import { TableSkeleton } from './table-skeleton';

/**
 * A page of a paged list: skeleton while loading, `empty` without entries, otherwise the table
 * (`head` cells, one `row` per item) with the pager under it.
 */
export function PagedTable<P extends { items: unknown[]; total: number }>({
  pending,
  data,
  empty,
  minWidth,
  tableProps,
  head,
  row,
  page,
  pageSize,
  onPageChange,
  summary,
}: {
  pending: boolean;
  data: P | undefined;
  empty: ReactNode;
  minWidth: number;
  tableProps: TableProps;
  head: ReactNode;
  row: (item: P['items'][number]) => ReactNode;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  summary: (from: number, to: number, total: number, data: P) => string;
}) {
  if (pending) return <TableSkeleton />;
  if (!data || data.items.length === 0) return <>{empty}</>;
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table {...tableProps}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{data.items.map((item) => row(item))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        page={page}
        pageSize={pageSize}
        total={data.total}
        onChange={onPageChange}
        summary={(from, to, total) => summary(from, to, total, data)}
      />
    </>
  );
}
