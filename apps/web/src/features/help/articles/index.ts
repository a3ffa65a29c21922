import type { HelpArticle } from './types';

// Adding an article = adding `<slug>.de.tsx` and `<slug>.en.tsx` next to this file; nothing else.
const modules = import.meta.glob<{ article: HelpArticle }>('./*.*.tsx', { eager: true });

const byLanguage: Record<string, HelpArticle[]> = {};
for (const [path, mod] of Object.entries(modules)) {
  const lng = /\.(\w+)\.tsx$/.exec(path)?.[1];
  if (lng) (byLanguage[lng] ??= []).push(mod.article);
}
for (const list of Object.values(byLanguage))
  list.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

/** The articles in the UI language; German where a translation is missing. */
export function helpArticles(language: string): HelpArticle[] {
  const own = byLanguage[language] ?? [];
  const german = (byLanguage.de ?? []).filter((a) => !own.some((o) => o.slug === a.slug));
  return [...own, ...german].sort((a, b) => a.order - b.order);
}

export function helpArticle(language: string, slug: string): HelpArticle | undefined {
  return helpArticles(language).find((a) => a.slug === slug);
}
