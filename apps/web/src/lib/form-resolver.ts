import type { FieldValues, Resolver } from 'react-hook-form';
import { config } from 'zod';
import english from 'zod/v4/locales/en.js';
import { i18n } from './i18n';
import { renderFieldMessage } from './messages';

// Form messages in the UI language. The contracts write their own messages as tokens (code + params),
// which `localized` renders from locales/<lng>/messages.json. zod's built-in messages (wrong type, …)
// are German by the contracts' locale; in English a custom error map, which zod asks before its
// locale, answers in English instead.
const englishErrors = english().localeError;
config({ customError: (issue) => (i18n.language?.startsWith('en') ? englishErrors(issue) : undefined) });

type ErrorTree = { [key: string]: unknown };

function translate(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const tree = node as ErrorTree;
  if (typeof tree.message === 'string' && 'type' in tree) tree.message = renderFieldMessage(tree.message);
  for (const [key, child] of Object.entries(tree)) if (key !== 'ref' && key !== 'message') translate(child);
}

/** A form resolver (zodResolver) whose messages read in the UI language. */
export function localized<T extends FieldValues, C, O>(resolver: Resolver<T, C, O>): Resolver<T, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    translate(result.errors);
    return result;
  };
}
