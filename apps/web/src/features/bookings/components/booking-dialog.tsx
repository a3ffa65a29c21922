import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconLock } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  BookingInputSchema,
  type Booking,
  type BookingInput,
  type BookingUpdate,
} from '@plainstaff/contracts/bookings';
import { parseDurationDetailed } from '@plainstaff/contracts/duration';
import { formatHundredthsDe } from '@plainstaff/contracts/money';
import { InputUnit } from '../../../components/ui/input-unit';
import { applyServerErrors } from '../../../components/ui/server-errors';
import { formatHours, formatMoney } from '../../../lib/format';
import { messageOf } from '../../../lib/query-client';
import { useBookableProjects } from '../api/get-bookable-projects';
import { useRateSuggestion } from '../api/get-rate-suggestion';
import { useCreateBooking } from '../api/create-booking';
import { useDeleteBooking } from '../api/delete-booking';
import { useUpdateBooking } from '../api/update-booking';
import { today } from './week';
import { localized } from '../../../lib/form-resolver';
import { renderMessage } from '../../../lib/messages';
import { invoiceNumberText } from '../../../lib/invoice-number';

/** What the user types; BookingInputSchema turns it into the request (minutes, cents). */
export interface BookingFormState {
  projectId: number;
  taskId: number | null;
  date: string;
  minutes: string;
  rateCents: string;
  comment: string;
  billable: boolean;
}
const FIELDS = ['projectId', 'taskId', 'date', 'minutes', 'rateCents', 'comment', 'billable'] as const;
const resolver = localized(zodResolver(BookingInputSchema)) as unknown as Resolver<
  BookingFormState,
  unknown,
  BookingInput
>;

function toFormState(booking: Booking | null, date?: string): BookingFormState {
  return {
    projectId: booking?.projectId ?? 0,
    taskId: booking?.taskId ?? null,
    date: booking?.date ?? date ?? today(),
    // h:mm round-trips exactly; decimal hours would round some minute values.
    minutes: booking
      ? `${Math.floor(booking.minutes / 60)}:${String(booking.minutes % 60).padStart(2, '0')}`
      : '',
    rateCents: booking?.rateCents != null ? formatHundredthsDe(booking.rateCents) : '',
    comment: booking?.comment ?? '',
    billable: booking?.billable ?? true,
  };
}

export function DurationHint({ value }: { value: string }) {
  const parsed = value.trim() ? parseDurationDetailed(value) : null;
  if (!parsed?.ok) return null;
  return <span data-testid="duration-parsed">= {formatHours(parsed.minutes)}</span>;
}

export function BookingDialog({
  booking,
  date,
  opened,
  onClose,
}: {
  /** null: a new booking (optionally on `date`). */
  booking: Booking | null;
  date?: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('bookings');
  const { t: tc } = useTranslation();
  const create = useCreateBooking();
  const update = useUpdateBooking();
  const remove = useDeleteBooking();
  const projects = useBookableProjects(opened);
  const [alert, setAlert] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // A new booking takes the suggested rate until the user types one; an edited one keeps its snapshot.
  const [rateFromSuggestion, setRateFromSuggestion] = useState(booking === null);
  const form = useForm<BookingFormState, unknown, BookingInput>({
    resolver,
    values: toFormState(booking, date),
  });
  const { errors } = form.formState;
  const locked = booking !== null && booking.billingState !== 'open';
  const [projectId, taskId, minutesText] = form.watch(['projectId', 'taskId', 'minutes']);

  const project = projects.data?.find((p) => p.id === projectId);
  const usesTasks = project ? !project.noTasks && project.tasks.length > 0 : booking?.taskId != null;
  const suggestion = useRateSuggestion(opened ? projectId : 0, usesTasks ? taskId : null);

  useEffect(() => {
    if (!rateFromSuggestion || !suggestion.data) return;
    const cents = suggestion.data.rateCents;
    form.setValue('rateCents', cents === null ? '' : formatHundredthsDe(cents));
  }, [rateFromSuggestion, suggestion.data, form]);

  const projectData = useMemo(() => {
    const items = (projects.data ?? []).map((p) => ({
      value: String(p.id),
      label: `${p.number} · ${p.name} (${p.customerName})`,
    }));
    if (booking && !items.some((i) => i.value === String(booking.projectId)))
      items.unshift({
        value: String(booking.projectId),
        label: `${booking.projectNumber} · ${booking.projectName}`,
      });
    return items;
  }, [projects.data, booking]);
  const taskData = (project?.tasks ?? []).map((task) => ({ value: String(task.id), label: task.name }));
  if (booking?.taskId && booking.taskName && !taskData.some((d) => d.value === String(booking.taskId)))
    taskData.unshift({ value: String(booking.taskId), label: booking.taskName });

  const close = () => {
    setAlert(null);
    setConfirmDelete(false);
    setRateFromSuggestion(booking === null);
    form.reset(toFormState(booking, date));
    onClose();
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setAlert(null);
    const body: BookingInput = { ...input, taskId: usesTasks ? input.taskId : null };
    try {
      if (booking) {
        const patch: BookingUpdate = { ...body, version: booking.version };
        if (rateFromSuggestion) patch.rateCents = null;
        else if (!form.getFieldState('rateCents').isDirty) delete patch.rateCents;
        await update.mutateAsync({ id: booking.id, input: patch });
      } else {
        await create.mutateAsync({ ...body, rateCents: rateFromSuggestion ? null : body.rateCents });
      }
      notifications.show({
        color: 'green',
        message: t('dialog.saved', { hours: formatHours(input.minutes) }),
      });
      close();
    } catch (error) {
      if (applyServerErrors(error, form.setError, FIELDS).length === 0) setAlert(messageOf(error));
    }
  });

  const onDelete = async () => {
    if (!booking) return;
    if (!confirmDelete) return setConfirmDelete(true);
    try {
      await remove.mutateAsync(booking.id);
      notifications.show({ color: 'green', message: t('dialog.deleted') });
      close();
    } catch (error) {
      setAlert(messageOf(error));
    }
  };

  const remaining =
    project?.remainingMinutes != null
      ? t('dialog.remainingHours', { hours: formatHours(project.remainingMinutes) })
      : project?.remainingCents != null
        ? t('dialog.remainingAmount', { amount: formatMoney(project.remainingCents) })
        : undefined;
  const rateHint = rateFromSuggestion
    ? suggestion.data && renderMessage(suggestion.data.label)
    : suggestion.data?.rateCents != null
      ? t('dialog.rateManual', {
          rate: formatMoney(suggestion.data.rateCents),
          source: renderMessage(suggestion.data.label),
        })
      : undefined;

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={booking ? t('dialog.editTitle') : t('dialog.newTitle')}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {alert && (
            <Alert color="red" role="alert">
              {alert}
            </Alert>
          )}
          {locked && (
            <Alert color="gray" icon={<IconLock size={16} />}>
              {booking.invoiceNumber
                ? t('dialog.lockedInvoice', { number: invoiceNumberText(booking.invoiceNumber) })
                : t('dialog.locked')}
            </Alert>
          )}
          <Fieldset variant="unstyled" disabled={locked}>
            <Stack gap="sm">
              <Controller
                control={form.control}
                name="projectId"
                render={({ field }) => (
                  <Select
                    label={t('field.project')}
                    withAsterisk
                    searchable
                    placeholder={t('dialog.chooseProject')}
                    nothingFoundMessage={projects.isPending ? tc('loading') : t('dialog.noProject')}
                    data={projectData}
                    value={field.value ? String(field.value) : null}
                    onChange={(v) => {
                      field.onChange(v ? Number(v) : 0);
                      form.setValue('taskId', null);
                      if (!form.getFieldState('rateCents').isDirty) setRateFromSuggestion(true);
                    }}
                    error={errors.projectId?.message}
                    description={remaining}
                  />
                )}
              />
              {usesTasks && (
                <Controller
                  control={form.control}
                  name="taskId"
                  render={({ field }) => (
                    <Select
                      label={t('field.task')}
                      placeholder={t('dialog.chooseTask')}
                      searchable
                      data={taskData}
                      value={field.value ? String(field.value) : null}
                      onChange={(v) => {
                        field.onChange(v ? Number(v) : null);
                        if (!form.getFieldState('rateCents').isDirty) setRateFromSuggestion(true);
                      }}
                      error={errors.taskId?.message}
                    />
                  )}
                />
              )}
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <Controller
                  control={form.control}
                  name="date"
                  render={({ field }) => (
                    <DateInput
                      label={t('field.date')}
                      withAsterisk
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? '')}
                      error={errors.date?.message}
                    />
                  )}
                />
                <TextInput
                  label={t('field.duration')}
                  withAsterisk
                  placeholder="1:30"
                  autoComplete="off"
                  {...form.register('minutes')}
                  description={<DurationHint value={minutesText} />}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  error={errors.minutes?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t('field.rate')}
                placeholder={t('dialog.noRate')}
                rightSection={<InputUnit>€</InputUnit>}
                {...form.register('rateCents', { onChange: () => setRateFromSuggestion(false) })}
                description={rateHint}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                error={errors.rateCents?.message}
              />
              <Textarea
                label={t('field.comment')}
                autosize
                minRows={2}
                {...form.register('comment')}
                error={errors.comment?.message}
              />
              <Checkbox label={t('field.billable')} {...form.register('billable')} />
            </Stack>
          </Fieldset>
          <Group justify="space-between" mt="sm">
            {booking && !locked ? (
              <Button
                variant={confirmDelete ? 'filled' : 'subtle'}
                color="red"
                onClick={() => void onDelete()}
                loading={remove.isPending}
              >
                {confirmDelete ? t('dialog.confirmDelete') : tc('actions.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                {tc('actions.cancel')}
              </Button>
              {!locked && (
                <Button type="submit" loading={create.isPending || update.isPending}>
                  {tc('actions.save')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
