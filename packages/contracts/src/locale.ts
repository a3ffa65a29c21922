import { z } from 'zod';

/** Zod's built-in messages in German, so a type error reads like the rest of the product. */
export function applyGermanZodMessages(): void {
  z.config(z.locales.de());
}
