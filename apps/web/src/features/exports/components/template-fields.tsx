import { Badge, Group, Stack, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LINE_DESCRIPTION_MAX_LENGTH,
  LINE_TEMPLATE_PLACEHOLDERS,
  LINE_TITLE_MAX_LENGTH,
  placeholderToken,
} from '@plainstaff/contracts/exports';
import type { ExportSettings } from './export-settings';

type Field = 'titleTemplate' | 'descriptionTemplate';
const TOKENS = LINE_TEMPLATE_PLACEHOLDERS.map(placeholderToken);

/** "Positionstitel" and "Positionsbeschreibung" with clickable placeholders inserted at the cursor. */
export function TemplateFields({
  value,
  onChange,
}: {
  value: ExportSettings;
  onChange: (patch: Partial<ExportSettings>) => void;
}) {
  const { t } = useTranslation('exports');
  const title = useRef<HTMLInputElement>(null);
  const description = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<Field>('titleTemplate');
  // "The field edited last": clicked or typed into – not merely passed with Tab on the way to the
  // placeholders below, or a keyboard user could only ever insert into the description.
  const editing = (field: Field) => ({
    onPointerDown: () => (lastField.current = field),
    onKeyDown: (e: { key: string }) => {
      if (e.key !== 'Tab' && e.key !== 'Shift') lastField.current = field;
    },
  });

  const insert = (placeholder: string) => {
    const field = lastField.current;
    const el = field === 'titleTemplate' ? title.current : description.current;
    const text = value[field];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + placeholder + text.slice(end);
    onChange({
      [field]: next.slice(0, field === 'titleTemplate' ? LINE_TITLE_MAX_LENGTH : LINE_DESCRIPTION_MAX_LENGTH),
    });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  return (
    <Stack gap="sm">
      <TextInput
        ref={title}
        label={t('template.title')}
        placeholder={t('template.titleDefault')}
        description={t('template.titleHint')}
        value={value.titleTemplate}
        maxLength={LINE_TITLE_MAX_LENGTH}
        {...editing('titleTemplate')}
        onChange={(e) => onChange({ titleTemplate: e.currentTarget.value })}
      />
      <Textarea
        ref={description}
        label={t('template.description')}
        placeholder={t('template.descriptionDefault')}
        value={value.descriptionTemplate}
        maxLength={LINE_DESCRIPTION_MAX_LENGTH}
        autosize
        minRows={2}
        maxRows={6}
        {...editing('descriptionTemplate')}
        onChange={(e) => onChange({ descriptionTemplate: e.currentTarget.value })}
      />
      <div>
        <Text size="xs" c="dimmed" mb={6}>
          {t('template.placeholders')}
        </Text>
        <Group gap={6}>
          {TOKENS.map((p) => (
            <UnstyledButton
              key={p}
              // Keep the cursor in the field that was edited last.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(p)}
              aria-label={t('template.insert', { placeholder: p })}
            >
              <Badge
                variant="light"
                color="gray"
                radius="sm"
                style={{ textTransform: 'none', cursor: 'pointer' }}
              >
                {p}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
