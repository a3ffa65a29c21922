import type { ComponentType } from 'react';

/** One help article in one language: `articles/<slug>.<lng>.tsx` exports `article`. */
export interface HelpArticle {
  slug: string;
  title: string;
  summary: string;
  /** Lower numbers first in the list. */
  order: number;
  Body: ComponentType;
}
