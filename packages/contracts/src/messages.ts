import { z } from 'zod';
import type { MessageParams, MessageRef, MessageValue } from './message-text';

// Messages as codes (issue 21). Every error and notice the server sends is `{ code, params, message }`:
// the code names a catalogue entry (packages/contracts/src/messages/*.de.ts; the SPA's
// locales/<lng>/messages.json hold the same keys), the params fill its `{{placeholders}}`, and
// `message` is the German text for logs and API clients. The SPA renders code + params in the UI
// language; it never shows `message`. How to add a message: docs/CONVENTIONS.md, "Messages".

export * from './message-text';

const RefSchema: z.ZodType<MessageRef> = z.lazy(() =>
  z.object({ code: z.string(), params: MessageParamsSchema }),
);

export const MessageValueSchema: z.ZodType<MessageValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({ type: z.literal('money'), cents: z.number().int(), currency: z.string() }),
    z.object({ type: z.literal('hours'), minutes: z.number().int() }),
    z.object({ type: z.literal('date'), iso: z.string() }),
    z.object({ type: z.literal('time'), iso: z.string() }),
    z.object({ type: z.literal('percent'), bp: z.number().int() }),
    z.object({ type: z.literal('message'), code: z.string(), params: MessageParamsSchema }),
    z.object({ type: z.literal('list'), items: z.array(RefSchema) }),
  ]),
);

export const MessageParamsSchema: z.ZodType<MessageParams> = z.lazy(() =>
  z.record(z.string(), MessageValueSchema),
) as z.ZodType<MessageParams>;

export const CodedMessageSchema = z.object({
  code: z.string(),
  params: MessageParamsSchema,
  message: z.string(),
});
