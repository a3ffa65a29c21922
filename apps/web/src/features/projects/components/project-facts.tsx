import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '@plainstaff/contracts/projects';
import { formatBasisPoints, formatDate, formatHours, formatMoney } from '../../../lib/format';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

export function ProjectFacts({ project: p }: { project: Project }) {
  const { t } = useTranslation('projects');
  const rate = (cents: number | null) => (cents === null ? '–' : formatMoney(cents, p.currency));
  const budget =
    p.budgetType === 'hours' && p.budgetMinutes !== null
      ? formatHours(p.budgetMinutes)
      : p.budgetType === 'amount' && p.budgetCents !== null
        ? formatMoney(p.budgetCents, p.currency)
        : t('list.noBudget');
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mb="md">
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="sm">
          {t('file.data')}
        </Title>
        <SimpleGrid cols={2} spacing="sm">
          <Fact label={t('field.customer')}>
            <Group gap={6}>
              {p.customerName}
              {p.customerLinked && (
                <Badge size="xs" variant="light" color="teal">
                  billomat
                </Badge>
              )}
            </Group>
          </Fact>
          <Fact label={t('field.startDate')}>{p.startDate ? formatDate(p.startDate) : '–'}</Fact>
          <Fact label={t('field.currency')}>{p.currency}</Fact>
          <Fact label={t('file.vat')}>
            {p.vatOverrideBp === null
              ? t('file.vatFromIntegration')
              : `${formatBasisPoints(p.vatOverrideBp)} %`}
          </Fact>
          <Fact label={t('field.budget')}>{budget}</Fact>
          <Fact label={t('field.hourlyRate')}>{rate(p.hourlyRateCents)}</Fact>
        </SimpleGrid>
        {p.description && (
          <Text size="sm" c="dimmed" mt="sm" style={{ whiteSpace: 'pre-line' }}>
            {p.description}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="sm">
          {t('tab.tasks')}
        </Title>
        {p.noTasks || p.tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {p.noTasks ? t('file.noTasks') : t('file.tasksEmpty')}
          </Text>
        ) : (
          <Stack gap={6}>
            {p.tasks.map((task) => (
              <Group key={task.id} justify="space-between" wrap="nowrap">
                <Text size="sm">{task.name}</Text>
                <Text size="xs" c="dimmed" ta="right">
                  {formatHours(task.bookedMinutes)}
                  {task.budgetMinutes !== null && ` / ${formatHours(task.budgetMinutes)}`}
                  {task.rateCents !== null && ` · ${rate(task.rateCents)}`}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="sm">
          {t('tab.members')}
        </Title>
        {p.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('file.membersEmpty')}
          </Text>
        ) : (
          <Stack gap={6}>
            {p.members.map((m) => (
              <Group key={m.userId} justify="space-between" wrap="nowrap">
                <Group gap={6}>
                  <Text size="sm">{m.userName}</Text>
                  {m.isManager && (
                    <Badge size="xs" variant="light">
                      {t('members.manager')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {m.rateCents !== null ? rate(m.rateCents) : ''}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </SimpleGrid>
  );
}
