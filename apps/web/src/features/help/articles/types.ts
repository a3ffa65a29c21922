import type { ReactElement } from 'react';
import type { HelpTopic } from '../../../lib/help';

/** One help article in one language: `articles/<slug>.<lng>.tsx` exports `article`. */
export interface HelpArticle {
  slug: HelpTopic;
  title: string;
  summary: string;
  /** Lower numbers first in the list. */
  order: number;
  /**
   * The text, built from elements only and without hooks: the search reads it by calling `Body()`
   * and walking the elements' children (components/article-text.ts).
   */
  Body: () => ReactElement;
}
