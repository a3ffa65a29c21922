import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A unit after an input's value ("€", "%", "Std."), for `rightSection`. */
export function InputUnit({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
