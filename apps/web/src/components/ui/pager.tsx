import { Group, Pagination, Text } from '@mantine/core';

/** Page switcher under a table: "51–100 von 230" and page buttons; hidden for a single page. */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
  summary,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  summary?: (from: number, to: number, total: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {summary ? summary(from, to, total) : `${from}–${to} / ${total}`}
      </Text>
      {pages > 1 && <Pagination size="sm" value={page} total={pages} onChange={onChange} />}
    </Group>
  );
}
