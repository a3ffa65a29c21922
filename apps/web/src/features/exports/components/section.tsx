import { Group, Paper, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A numbered step of the export page. */
export function Section({
  step,
  title,
  aside,
  children,
}: {
  step: number;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon radius="xl" size={28} variant="light">
            {step}
          </ThemeIcon>
          <Title order={4}>{title}</Title>
        </Group>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
