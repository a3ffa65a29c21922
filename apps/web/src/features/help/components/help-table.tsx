import { Table } from '@mantine/core';

/**
 * A small table in an article: the first row is the head. The cells are the children (not a prop),
 * so the help search reads them like any other text of the article.
 */
export function HelpTable({ label, children }: { label: string; children: string[][] }) {
  const [head = [], ...rows] = children;
  return (
    <Table withTableBorder striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {head.map((cell) => (
            <Table.Th key={cell}>{cell}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.join('|')}>
            {row.map((cell, i) => (
              <Table.Td key={i}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
