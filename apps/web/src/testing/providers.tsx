import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** `render(ui, { wrapper: Providers })`: Mantine (German dates) and a fresh query client without retries. */
export function Providers({ children }: { children: ReactNode }) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <MantineProvider env="test">
      <DatesProvider settings={{ locale: 'de' }}>
        <QueryClientProvider client={qc}>{children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
