import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/de';
import { i18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { appTheme, cssVariablesResolver } from './theme';

// Mantine's DateInput parses typed dates with their valueFormat only with this plugin; without it
// "06.12.2026" (DD.MM.YYYY) was read as June 12th.
dayjs.extend(customParseFormat);

/** Mantine with the app's theme; its close buttons are named in the UI language. */
function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('actions.close');
  const format = t('dateInput.format');
  const placeholder = t('dateInput.placeholder');
  const theme = useMemo(() => appTheme(close, { format, placeholder }), [close, format, placeholder]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

/** Calendars name months and weekdays in the UI language (dayjs has English built in). */
function DatesInUiLanguage({ children }: { children: ReactNode }) {
  const { i18n: ui } = useTranslation();
  const locale = ui.language?.startsWith('en') ? 'en' : 'de';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        <DatesInUiLanguage>
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </DatesInUiLanguage>
      </ThemeProvider>
    </I18nextProvider>
  );
}
