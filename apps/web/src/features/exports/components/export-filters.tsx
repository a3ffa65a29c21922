import { Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { Project } from '@plainstaff/contracts/projects';
import type { FilterState } from './filter-state';
import type { DateRange, PeriodPreset } from './period';

export function ExportFilters({
  project,
  value,
  onChange,
}: {
  project: Project;
  value: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const { t } = useTranslation('exports');
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const tasks = [
    ...project.tasks.map((task) => ({ value: String(task.id), label: task.name })),
    { value: 'none', label: t('grid.noTask') },
  ];

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-label">
            {t('filter.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            value={value.preset}
            onChange={(v) => set({ preset: v as PeriodPreset })}
            data={[
              { value: 'thisMonth', label: t('filter.thisMonth') },
              { value: 'lastMonth', label: t('filter.lastMonth') },
              { value: 'custom', label: t('filter.custom') },
              { value: 'all', label: t('filter.allTime') },
            ]}
          />
        </Stack>
        {value.preset === 'custom' && (
          <DatePickerInput
            type="range"
            label={t('filter.range')}
            placeholder={t('filter.rangePlaceholder')}
            value={value.custom}
            onChange={(range) => set({ custom: range as DateRange })}
            clearable
            miw={240}
          />
        )}
        <Select
          label={t('filter.state')}
          value={value.state}
          onChange={(v) => set({ state: (v ?? 'open') as FilterState['state'] })}
          allowDeselect={false}
          data={[
            { value: 'open', label: t('filter.stateOpen') },
            { value: 'billed', label: t('filter.stateBilled') },
            { value: 'all', label: t('filter.stateAll') },
          ]}
          w={190}
        />
      </Group>
      <Group gap="md" grow align="flex-start">
        <MultiSelect
          label={t('filter.employees')}
          placeholder={value.employeeIds.length ? undefined : t('filter.allEmployees')}
          data={project.members.map((m) => ({ value: String(m.userId), label: m.userName }))}
          value={value.employeeIds}
          onChange={(v) => set({ employeeIds: v })}
          searchable
          clearable
        />
        {!project.noTasks && (
          <MultiSelect
            label={t('filter.tasks')}
            placeholder={value.taskIds.length ? undefined : t('filter.allTasks')}
            data={tasks}
            value={value.taskIds}
            onChange={(v) => set({ taskIds: v })}
            searchable
            clearable
          />
        )}
      </Group>
    </Stack>
  );
}
