import { createContext, useContext } from 'react';

/**
 * The help articles a page can open with its "?" (features/help/articles/<topic>.<lng>.tsx; a test
 * checks that each exists in every language).
 */
export const HELP_TOPICS = [
  'billomat-verbinden',
  'kunden-importieren',
  'stunden-nach-billomat-exportieren',
  'rechnungspositionen-gestalten',
  'abrechnungstakt-und-rundung',
  'nach-dem-export',
  'abrechnungslauf',
  'uebersicht',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/**
 * Opens an article beside the work (the app layer provides it: a drawer that loads the help lazily).
 * Features reach the help through this, never by importing the help feature.
 */
export const HelpContext = createContext<((topic: HelpTopic) => void) | null>(null);

export const useOpenHelp = () => useContext(HelpContext);
