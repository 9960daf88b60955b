/** The parts of each closing block whose absence a `block` requirement can report (without zod: the checker's pack uses them). */
export const BLOCK_PARTS = { recipients: ['items'], signature: ['authority', 'name'] } as const;
export type BlockName = keyof typeof BLOCK_PARTS;
export type BlockPart = (typeof BLOCK_PARTS)[BlockName][number];

/** "items" → "noItems": the messageId of a block whose part is missing. */
export const partMessageId = (part: string) => `no${part[0]!.toUpperCase()}${part.slice(1)}`;
