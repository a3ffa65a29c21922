import {
  Checkbox,
  Divider,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { BillingRoundingValue } from '@plainstaff/contracts/exports';
import type { ExportSettings } from './export-settings';
import { TemplateFields } from './template-fields';

/** Grouping, line templates and invoice options: every change refreshes the preview. */
export function ExportOptions({
  value,
  onChange,
}: {
  value: ExportSettings;
  onChange: (patch: Partial<ExportSettings>) => void;
}) {
  const { t } = useTranslation('exports');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="md">
        <div>
          <Title order={5} mb={4}>
            {t('group.heading')}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('group.hint')}
          </Text>
          <Stack gap={8}>
            <Checkbox
              label={t('group.month')}
              checked={value.groupByMonth}
              onChange={(e) => onChange({ groupByMonth: e.currentTarget.checked })}
            />
            <Checkbox
              label={t('group.task')}
              checked={value.groupByTask}
              onChange={(e) => onChange({ groupByTask: e.currentTarget.checked })}
            />
            <Checkbox
              label={t('group.employee')}
              checked={value.groupByEmployee}
              onChange={(e) => onChange({ groupByEmployee: e.currentTarget.checked })}
            />
          </Stack>
        </div>
        <Divider />
        <TemplateFields value={value} onChange={onChange} />
      </Stack>
      <Stack gap="md">
        <Title order={5}>{t('options.heading')}</Title>
        <DatePickerInput
          label={t('options.invoiceDate')}
          value={value.invoiceDate}
          onChange={(d) => d && onChange({ invoiceDate: d })}
          maw={220}
        />
        <Select
          label={t('options.rounding')}
          description={t('options.roundingHint')}
          value={String(value.rounding)}
          onChange={(v) => onChange({ rounding: Number(v ?? 0) as BillingRoundingValue })}
          allowDeselect={false}
          data={[
            { value: '0', label: t('options.roundingNone') },
            { value: '6', label: t('options.roundingTo', { minutes: 6 }) },
            { value: '15', label: t('options.roundingTo', { minutes: 15 }) },
            { value: '30', label: t('options.roundingTo', { minutes: 30 }) },
          ]}
          maw={320}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="billomat-state-label">
            {t('options.billomatState')}
          </Text>
          <SegmentedControl
            aria-labelledby="billomat-state-label"
            value={value.completeInBillomat ? 'complete' : 'draft'}
            onChange={(v) => onChange({ completeInBillomat: v === 'complete' })}
            data={[
              { value: 'draft', label: t('options.draft') },
              { value: 'complete', label: t('options.complete') },
            ]}
            maw={420}
          />
          <Text size="xs" c="dimmed">
            {value.completeInBillomat ? t('options.completeHint') : t('options.draftHint')}
          </Text>
        </Stack>
        <Group>
          <Checkbox
            label={t('options.markAsBilled')}
            description={t('options.markAsBilledHint')}
            checked={value.markAsBilled}
            onChange={(e) => onChange({ markAsBilled: e.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </SimpleGrid>
  );
}
