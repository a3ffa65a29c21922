import { z } from 'zod';
import './zod-german';

export const HealthSchema = z.object({ status: z.literal('ok'), db: z.literal('ok') });
