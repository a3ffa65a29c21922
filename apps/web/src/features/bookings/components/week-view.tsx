import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconLock, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@plainstaff/contracts/bookings';
import { formatDate, formatHours } from '../../../lib/format';
import { useMyBookings } from '../api/get-my-bookings';
import { addDays, isoWeek, mondayOf, today, weekDays } from './week';
import { invoiceNumberText } from '../../../lib/invoice-number';

/** A week of one person holds far fewer; more is shown as a hint to use the list. */
const WEEK_LIMIT = 200;

function dayLabel(iso: string, language: string) {
  const date = new Date(`${iso}T12:00:00`);
  const weekday = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { weekday: 'long' }).format(
    date,
  );
  return { weekday, date: formatDate(iso).slice(0, 6) };
}

function BookingCard({ booking: b, onOpen }: { booking: Booking; onOpen: (b: Booking) => void }) {
  const { t } = useTranslation('bookings');
  return (
    <UnstyledButton
      onClick={() => onOpen(b)}
      aria-label={`${b.projectName}${b.taskName ? ` · ${b.taskName}` : ''} · ${formatHours(b.minutes)}`}
      w="100%"
    >
      <Paper
        withBorder
        p={8}
        radius="sm"
        bg={b.billingState === 'open' ? undefined : 'gray.0'}
        style={{ borderLeft: `3px solid var(--mantine-color-${b.billable ? 'blue' : 'gray'}-4)` }}
      >
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={700}>
            {formatHours(b.minutes)}
          </Text>
          {b.billingState !== 'open' && (
            <Tooltip
              label={
                b.invoiceNumber
                  ? t('state.billedAs', { number: invoiceNumberText(b.invoiceNumber) })
                  : t(`state.${b.billingState}`)
              }
            >
              <IconLock
                size={14}
                color="var(--mantine-color-green-7)"
                aria-label={t(`state.${b.billingState}`)}
              />
            </Tooltip>
          )}
        </Group>
        <Text size="xs" fw={500} lineClamp={2}>
          {b.projectName}
        </Text>
        {b.taskName && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {b.taskName}
          </Text>
        )}
        {b.comment && (
          <Text size="xs" c="dark.3" lineClamp={2} mt={2}>
            {b.comment}
          </Text>
        )}
        {!b.billable && (
          <Text size="xs" c="dimmed" fs="italic" mt={2}>
            {t('state.notBillable')}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}

export function WeekView({
  monday,
  onWeekChange,
  onOpen,
  onNew,
}: {
  monday: string;
  onWeekChange: (monday: string) => void;
  onOpen: (b: Booking) => void;
  onNew: (date: string) => void;
}) {
  const { t, i18n } = useTranslation('bookings');
  const days = weekDays(monday);
  const sunday = days[6] ?? monday;
  const bookings = useMyBookings({ from: monday, to: sunday, page: 1, pageSize: WEEK_LIMIT });
  const truncated = (bookings.data?.total ?? 0) > (bookings.data?.items.length ?? 0);
  const byDay = new Map<string, Booking[]>(days.map((d) => [d, []]));
  for (const b of bookings.data?.items ?? []) byDay.get(b.date)?.push(b);
  const total = (bookings.data?.items ?? []).reduce((sum, b) => sum + b.minutes, 0);
  const now = today();

  return (
    <Stack gap="md">
      {truncated && (
        <Alert color="yellow" variant="light">
          {t('week.truncated', { count: WEEK_LIMIT })}
        </Alert>
      )}
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('week.previous')}
            onClick={() => onWeekChange(addDays(monday, -7))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('week.next')}
            onClick={() => onWeekChange(addDays(monday, 7))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button
            variant="subtle"
            size="sm"
            onClick={() => onWeekChange(mondayOf(now))}
            disabled={monday === mondayOf(now)}
          >
            {t('week.today')}
          </Button>
          <Title order={4} ml="xs">
            {t('week.title', { week: isoWeek(monday), from: formatDate(monday), to: formatDate(sunday) })}
          </Title>
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('week.total')}
          </Text>
          <Badge size="lg" variant="light" tt="none" data-testid="week-total">
            {formatHours(total)}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4, lg: 7 }} spacing="xs">
        {days.map((day) => {
          const items = byDay.get(day) ?? [];
          const minutes = items.reduce((sum, b) => sum + b.minutes, 0);
          const { weekday, date } = dayLabel(day, i18n.language);
          const isToday = day === now;
          return (
            <Paper
              key={day}
              withBorder
              radius="md"
              p="xs"
              mih={220}
              role="region"
              aria-label={`${weekday}, ${formatDate(day)}`}
              style={isToday ? { borderColor: 'var(--mantine-color-blue-4)' } : undefined}
              bg={day >= (days[5] ?? '') ? 'gray.0' : undefined}
            >
              <Stack gap={6} h="100%">
                <Group justify="space-between" wrap="nowrap" gap={4}>
                  <div>
                    <Text size="sm" fw={600} c={isToday ? 'blue.7' : undefined}>
                      {weekday}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {date}
                    </Text>
                  </div>
                  <Tooltip label={t('week.addOn', { date: formatDate(day) })}>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      aria-label={t('week.addOn', { date: formatDate(day) })}
                      onClick={() => onNew(day)}
                    >
                      <IconPlus size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <Stack gap={6} style={{ flex: 1 }}>
                  {bookings.isPending ? (
                    <Skeleton height={48} />
                  ) : (
                    items.map((b) => <BookingCard key={b.id} booking={b} onOpen={onOpen} />)
                  )}
                </Stack>
                <Group
                  justify="space-between"
                  gap={4}
                  pt={6}
                  wrap="nowrap"
                  style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Text size="xs" c="dimmed">
                    {t('week.dayTotal')}
                  </Text>
                  <Text
                    size="xs"
                    fw={minutes ? 700 : 400}
                    c={minutes ? undefined : 'dimmed'}
                    data-testid={`day-total-${day}`}
                  >
                    {formatHours(minutes)}
                  </Text>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
