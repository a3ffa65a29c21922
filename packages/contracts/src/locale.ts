import { config } from 'zod';
import de from 'zod/v4/locales/de.js';

/** Zod's built-in messages in German, so a type error reads like the rest of the product. */
export function applyGermanZodMessages(): void {
  config(de());
}
