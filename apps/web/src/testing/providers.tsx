import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { appTheme } from '../app/theme';

// The app's theme as in German: date fields read and show DD.MM.YYYY, as the app's providers set them.
const theme = appTheme('Schließen', { format: 'DD.MM.YYYY', placeholder: 'TT.MM.JJJJ' });

/** `render(ui, { wrapper: Providers })`: Mantine (German dates) and a fresh query client without retries. */
export function Providers({ children }: { children: ReactNode }) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <MantineProvider env="test" theme={theme}>
      <DatesProvider settings={{ locale: 'de' }}>
        <QueryClientProvider client={qc}>{children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
