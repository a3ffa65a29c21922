import {
  Box,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Project } from '@plainstaff/contracts/projects';
import { InputUnit } from '../../../../components/ui/input-unit';
import type { CustomerField } from './customer-field';
import type { ProjectFormState } from './form-values';

const text = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

export function GeneralTab({
  project,
  customerField,
  customerActions,
}: {
  project: Project | null;
  customerField: CustomerField;
  customerActions?: ReactNode;
}) {
  const { t } = useTranslation('projects');
  const form = useFormContext<ProjectFormState>();
  const { errors } = form.formState;
  const budgetType = form.watch('budgetType');

  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <Controller
          control={form.control}
          name="customerId"
          render={({ field }) => (
            <Box style={{ flex: 1 }}>
              {customerField({
                label: t('field.customer'),
                value: field.value || null,
                onChange: field.onChange,
                onBlur: field.onBlur,
                inputRef: field.ref,
                error: errors.customerId?.message,
                withAsterisk: true,
                fallbackName: project?.customerId === field.value ? project.customerName : undefined,
              })}
            </Box>
          )}
        />
        {customerActions && <Box mt={25}>{customerActions}</Box>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('field.number')}
          withAsterisk
          {...form.register('number')}
          error={errors.number?.message}
        />
        <Box style={{ gridColumn: 'span 2' }}>
          <TextInput
            label={t('field.name')}
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
        </Box>
      </SimpleGrid>
      <Textarea
        label={t('field.description')}
        description={t('dialog.descriptionHint')}
        autosize
        minRows={2}
        {...form.register('description')}
        error={errors.description?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Select
              label={t('field.status')}
              allowDeselect={false}
              data={(['planned', 'running', 'completed'] as const).map((s) => ({
                value: s,
                label: t(`status.${s}`),
              }))}
              value={text(field.value) || 'planned'}
              onChange={(v) => field.onChange(v ?? 'planned')}
              error={errors.status?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="startDate"
          render={({ field }) => (
            <DateInput
              label={t('field.startDate')}
              clearable
              value={text(field.value) || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={errors.startDate?.message}
            />
          )}
        />
        <TextInput
          label={t('field.currency')}
          maxLength={3}
          {...form.register('currency')}
          error={errors.currency?.message}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('field.vatOverride')}
          description={t('dialog.vatOverrideHint')}
          placeholder="19"
          rightSection={<InputUnit>%</InputUnit>}
          {...form.register('vatOverrideBp')}
          error={errors.vatOverrideBp?.message}
        />
        <TextInput
          label={t('field.hourlyRate')}
          description={t('dialog.hourlyRateHint')}
          placeholder="95,00"
          rightSection={<InputUnit>€</InputUnit>}
          {...form.register('hourlyRateCents')}
          error={errors.hourlyRateCents?.message}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('field.budget')}
        </Text>
        <Group align="flex-start" gap="sm">
          <Controller
            control={form.control}
            name="budgetType"
            render={({ field }) => (
              <SegmentedControl
                aria-label={t('field.budgetType')}
                value={text(field.value) || 'none'}
                onChange={field.onChange}
                data={[
                  { value: 'none', label: t('budget.none') },
                  { value: 'hours', label: t('budget.hours') },
                  { value: 'amount', label: t('budget.amount') },
                ]}
              />
            )}
          />
          {budgetType === 'hours' && (
            <TextInput
              aria-label={t('field.budgetHours')}
              placeholder="120"
              rightSection={<InputUnit>{t('units.hours')}</InputUnit>}
              rightSectionWidth={48}
              {...form.register('budgetMinutes')}
              error={errors.budgetMinutes?.message}
              w={180}
            />
          )}
          {budgetType === 'amount' && (
            <TextInput
              aria-label={t('field.budgetAmount')}
              placeholder="10.000,00"
              rightSection={<InputUnit>€</InputUnit>}
              {...form.register('budgetCents')}
              error={errors.budgetCents?.message}
              w={180}
            />
          )}
        </Group>
      </Stack>
      <Checkbox
        label={t('field.noTasks')}
        description={t('dialog.noTasksHint')}
        {...form.register('noTasks')}
      />
    </Stack>
  );
}
