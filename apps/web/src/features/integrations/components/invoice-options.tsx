import { Group, Radio, Select } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BillomatSettingsFormValues, BillomatSettingsInput } from '@plainstaff/contracts/integrations';
import { messageOf } from '../../../lib/query-client';
import { useBillomatTemplates } from '../api/billomat-templates';

/** Draft or complete, and the billomat invoice template (loaded from billomat once connected). */
export function InvoiceOptions({
  control,
  connected,
}: {
  control: Control<BillomatSettingsFormValues, unknown, BillomatSettingsInput>;
  connected: boolean;
}) {
  const { t } = useTranslation('integrations');
  const templates = useBillomatTemplates(connected);
  const data = (templates.data?.items ?? []).map((tpl) => ({ value: String(tpl.id), label: tpl.name }));

  return (
    <>
      <Controller
        control={control}
        name="completeInvoices"
        render={({ field, fieldState }) => (
          <Radio.Group
            label={t('dialog.invoiceMode')}
            description={t('dialog.invoiceModeHint')}
            value={field.value ? 'complete' : 'draft'}
            onChange={(v) => field.onChange(v === 'complete')}
            error={fieldState.error?.message}
          >
            <Group mt={6}>
              <Radio value="draft" label={t('dialog.draft')} />
              <Radio value="complete" label={t('dialog.complete')} />
            </Group>
          </Radio.Group>
        )}
      />
      <Controller
        control={control}
        name="templateId"
        render={({ field, fieldState }) => (
          <Select
            label={t('dialog.template')}
            placeholder={t('dialog.templateDefault')}
            description={
              !connected
                ? t('dialog.templateHintDisconnected')
                : templates.isError
                  ? t('dialog.templatesFailed', { message: messageOf(templates.error) })
                  : undefined
            }
            data={data}
            value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
            onChange={(v) => field.onChange(v ?? '')}
            clearable
            disabled={!connected || templates.isError}
            error={fieldState.error?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
    </>
  );
}
