import {
  Drawer,
  Modal,
  Notification,
  createTheme,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

/**
 * Mantine's palette is bright: as text (links, `c="red"`, light badges and alerts) or under white text
 * (filled buttons) most colours miss WCAG AA's 4.5:1, even at shade 8. Each colour therefore has one
 * darker ink for text, light-variant text, outlines and filled backgrounds (app/theme.test.ts checks
 * every ratio). The values are the colour's shade 8 darkened just enough.
 */
export const INK: Readonly<Record<string, string>> = {
  red: '#c12a2a',
  pink: '#be245a',
  grape: '#9c36b5',
  violet: '#6741d9',
  indigo: '#3a59d7',
  blue: '#1768b2',
  cyan: '#0a7081',
  teal: '#077553',
  green: '#237532',
  lime: '#45720a',
  yellow: '#9a5a00',
  orange: '#b04409',
};

/** Secondary text ("dimmed") in gray 7 instead of gray 6, which reads at 3.3:1 only. */
export const DIMMED = 'var(--mantine-color-gray-7)';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    ...Object.fromEntries(
      Object.entries(INK).flatMap(([color, ink]) => [
        [`--mantine-color-${color}-text`, ink],
        [`--mantine-color-${color}-light-color`, ink],
        [`--mantine-color-${color}-outline`, ink],
        [`--mantine-color-${color}-filled`, ink],
        [`--mantine-color-${color}-filled-hover`, `color-mix(in srgb, ${ink} 85%, black)`],
      ]),
    ),
  },
  dark: {},
});

/**
 * The app's theme in the UI language: `close` names the close buttons of dialogs, drawers and
 * notifications; `date` is how date fields show and read a typed date (`DD.MM.YYYY` in German,
 * `DD/MM/YYYY` in English) and what their empty field says.
 */
export function appTheme(close: string, date: { format: string; placeholder: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': close };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 8,
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      // By name, not `DateInput.extend`: importing the components here would pull @mantine/dates'
      // pickers into the initial bundle (+40 kB gzipped); only the pages with date fields load them.
      DateInput: { defaultProps: { valueFormat: date.format, placeholder: date.placeholder } },
      DatePickerInput: { defaultProps: { valueFormat: date.format } },
      Notification: Notification.extend({
        defaultProps: { closeButtonProps },
        // Under a title Mantine paints the message in gray 6, too light to read.
        styles: (_theme, props) => ({ description: props.title ? { color: DIMMED } : {} }),
      }),
    },
  });
}
