import { applyGermanZodMessages } from './locale';

// Imported for its effect by every schema module: zod's built-in messages (wrong type, too long, …)
// read German wherever a contract is validated, with no set-up call at boot — so the SPA ships zod
// only with the first page that validates something (bench/README.md, finding 4).
applyGermanZodMessages();
