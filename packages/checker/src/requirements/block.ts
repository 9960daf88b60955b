/**
 * `block`: a closing block ("Nơi nhận", the signature) is present and complete. Its absence fails; a missing part
 * fails when required, fails in final mode and warns in a draft when a final part, warns when a warn part. The
 * evidence of a missing part is the block's other parts. A block not found in a PDF some of whose pages soát could not
 * read (images: the scanned page that holds the Nơi nhận and the signature) is unread, not missing: a warning.
 */
import { BLOCK_PARTS, partMessageId, type BlockName, type BlockPart } from '@soat/rules/pack';
import { paragraphMatch, type FactContext, type Match } from '../facts';
import { unreadPages } from '../facts/scanned-pages';
import type { ParsedDocument } from '../parse';
import type { Range } from '../types';
import type { KindOutcome, ParamsOf } from './outcome';

interface Block {
  /** The block's heading ("Nơi nhận:") or whole range (the signature). */
  readonly range: Range;
  readonly parts: Readonly<Partial<Record<BlockPart, readonly Range[]>>>;
}

const BLOCKS: Readonly<
  Record<BlockName, { readonly label: string; readonly find: (doc: ParsedDocument) => Block | null }>
> = {
  recipients: {
    label: '"Nơi nhận"',
    find: ({ recipients }) => (recipients ? { range: recipients.heading, parts: { items: recipients.items } } : null),
  },
  signature: {
    label: 'ký',
    find: ({ signature }) =>
      signature
        ? {
            range: signature.range,
            parts: {
              authority: [...signature.authority, ...signature.positions],
              name: signature.name ? [signature.name] : [],
            },
          }
        : null,
  },
};

export function block(spec: ParamsOf<'block'>, ctx: FactContext): KindOutcome {
  const { label, find } = BLOCKS[spec.block];
  const data = { block: label };
  const found = find(ctx.doc);
  if (!found) {
    const pages = unreadPages(ctx.source);
    const at = ctx.get<Match[]>('documentEnd')[0];
    return pages === null
      ? { status: 'fail', messageId: 'missing', at, evidence: [], data }
      : { status: 'warn', messageId: 'unread', at, evidence: [], data: { ...data, pages } };
  }
  const at = paragraphMatch(ctx, found.range);
  const present = (part: string) => (found.parts[part as BlockPart] ?? []).length > 0;
  const others = (part: string): Match[] =>
    (BLOCK_PARTS[spec.block] as readonly BlockPart[])
      .filter((p) => p !== part)
      .flatMap((p) => (found.parts[p] ?? []).map((r) => paragraphMatch(ctx, r)));
  const final = (ctx.options.mode ?? 'draft') === 'final';
  const checks: readonly (readonly [readonly string[] | undefined, 'fail' | 'warn'])[] = [
    [spec.requiredParts, 'fail'],
    [spec.finalParts, final ? 'fail' : 'warn'],
    [spec.warnParts, 'warn'],
  ];
  for (const [parts, status] of checks) {
    const missing = (parts ?? []).find((part) => !present(part));
    if (missing) return { status, messageId: partMessageId(missing), at, evidence: others(missing), data };
  }
  return { status: 'pass', evidence: [at] };
}
