import * as z from 'zod';

/** A text in Vietnamese (required) and English (optional). */
export const LocalizedText = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;
