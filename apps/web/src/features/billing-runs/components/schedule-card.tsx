import { useEffect } from 'react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BillingScheduleSchema, type BillingScheduleInput } from '@plainstaff/contracts/billing-runs';
import { messageOf } from '../../../lib/query-client';
import { useSaveSchedule, useSchedule } from '../api/schedule';
import { localized } from '../../../lib/form-resolver';

/** The automatic monthly run: enabled, day of month, time (Europe/Berlin); drafts only. */
export function ScheduleCard() {
  const { t } = useTranslation('billing-runs');
  const schedule = useSchedule();
  const save = useSaveSchedule();
  const form = useForm<BillingScheduleInput>({
    resolver: localized(zodResolver(BillingScheduleSchema)),
    defaultValues: { enabled: false, dayOfMonth: 1, time: '06:00' },
  });
  useEffect(() => {
    if (schedule.data) form.reset(schedule.data);
  }, [schedule.data, form]);
  const { errors } = form.formState;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="lg"
      component="form"
      aria-label={t('schedule.title')}
      onSubmit={form.handleSubmit((values) =>
        save.mutate(values, {
          onSuccess: () => notifications.show({ color: 'green', message: t('schedule.saved') }),
        }),
      )}
    >
      <Stack gap="sm">
        <Title order={4}>{t('schedule.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('schedule.description')}
        </Text>
        <Group align="flex-end">
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => (
              <Switch
                label={t('schedule.enabled')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                mb={8}
              />
            )}
          />
          <Controller
            control={form.control}
            name="dayOfMonth"
            render={({ field }) => (
              <NumberInput
                label={t('schedule.day')}
                min={1}
                max={28}
                w={140}
                value={field.value as number}
                onChange={(v) => field.onChange(v)}
                error={errors.dayOfMonth?.message}
              />
            )}
          />
          <TextInput
            label={t('schedule.time')}
            w={110}
            {...form.register('time')}
            error={errors.time?.message}
          />
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('schedule.save')}
          </Button>
        </Group>
        {save.isError && <Alert color="red">{messageOf(save.error)}</Alert>}
      </Stack>
    </Paper>
  );
}
