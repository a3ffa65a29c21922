import type { ReactNode } from 'react';
import type { RefCallBack } from 'react-hook-form';

/** What the dialog hands to its "Kunde" field: the form's side of a customer picker. */
export interface CustomerFieldProps {
  label: string;
  value: number | null;
  onChange: (id: number) => void;
  onBlur: () => void;
  error?: string;
  withAsterisk: boolean;
  /** The saved project's customer name, shown until the picker has loaded that customer. */
  fallbackName?: string;
  inputRef: RefCallBack;
}

/**
 * The "Kunde" field is the customers feature's picker, which searches the server; features do not
 * import each other, so the app plugs it in here (app/routes/projects.tsx, project-file.tsx).
 */
export type CustomerField = (props: CustomerFieldProps) => ReactNode;
