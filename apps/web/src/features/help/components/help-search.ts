import type { HelpArticle } from '../articles/types';
import { textOf } from './article-text';

/**
 * Lower case without accents, one UTF-16 unit for one ("Übersicht" → "ubersicht"), so a position in
 * the folded text is the same position in the original.
 */
export function fold(text: string): string {
  return text
    .split('')
    .map((c) => c.normalize('NFD').charAt(0).toLocaleLowerCase('de').charAt(0))
    .join('');
}

export interface HelpHit {
  article: HelpArticle;
  /** A passage of the text around the first word found, when the title and summary do not name it. */
  excerpt: string | null;
}

const EXCERPT = 160;

function excerptAround(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - EXCERPT / 3)) + 1);
  const end = Math.min(text.length, start + EXCERPT);
  const cut = text.slice(start, end).replace(/\s+\S*$/, '');
  return `${start > 0 ? '… ' : ''}${cut}${end < text.length ? ' …' : ''}`;
}

/**
 * The articles that contain every word of the query (in title, summary or text), those whose title
 * or summary name them first. Upper and lower case and accents do not matter.
 */
export function searchHelp(articles: HelpArticle[], query: string): HelpHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return articles.map((article) => ({ article, excerpt: null }));
  const scored = articles.flatMap((article) => {
    const head = fold(`${article.title} ${article.summary}`);
    const body = textOf(article.Body()).replace(/\s+/g, ' ').trim();
    const folded = fold(body);
    if (!words.every((w) => head.includes(w) || folded.includes(w))) return [];
    const inHead = words.filter((w) => head.includes(w)).length;
    const missing = words.find((w) => !head.includes(w));
    const excerpt = missing === undefined ? null : excerptAround(body, folded.indexOf(missing));
    return [{ article, excerpt, inHead }];
  });
  return scored
    .sort((a, b) => b.inHead - a.inHead || a.article.order - b.article.order)
    .map(({ article, excerpt }) => ({ article, excerpt }));
}
