/**
 * Property-based armour tests: whatever the bytes, the readers end quickly with either a document or a
 * ReadError — never another exception, never a hang — and well-formed Unicode comes back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadError } from '@soat/checker/readers';
import { decodeText } from '@soat/checker/readers';
import { readBytes } from '@soat/checker/readers';
import { readBytesNode } from '@soat/checker/node';
import { Deadline, DEFAULT_LIMITS } from '@soat/checker/readers';
import { fixture, makeDocx } from './helpers';

/** Longest time one input may take (generous for a loaded CI machine; typical inputs take a few ms). */
const BOUND_MS = 3_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/**
 * The run's seed, printed first: a reader that loops on some input may take the test process down with it, and
 * fast-check's own report of the failing input then never comes (FUZZ_SEED=<seed> replays the run).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
fc.configureGlobal({ seed: SEED });
process.stderr.write(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays this run)\n`);
/** Time allowed to a whole property over real files on a busy 2-core CI machine. */
const SLOW_TEST_MS = 90_000;

/** Reads with the browser reader and checks the outcome is a document or a ReadError, in bounded time. */
async function outcome(
  bytes: Uint8Array,
  read: (b: Uint8Array) => Promise<unknown> = (b) => readBytes(b),
): Promise<'doc' | string> {
  const started = performance.now();
  try {
    const doc = (await read(bytes)) as { text: unknown };
    expect(typeof doc.text).toBe('string');
    return 'doc';
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    expect(error.vi.length).toBeGreaterThan(0);
    expect(error.en.length).toBeGreaterThan(0);
    return error.code;
  } finally {
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  }
}

const DOCX = fixture('plan-001.docx');
const PDF = fixture('plan-001-mono.pdf');
const DOC = fixture('plan-001.doc');
const MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [...new TextEncoder().encode('%PDF-1.4\n')],
  [...new TextEncoder().encode('<html><body><p>')],
  [0xff, 0xfe],
  [0xef, 0xbb, 0xbf],
];

/** Bit flips at random places of a real file. */
const flips = (length: number) =>
  fc.array(fc.record({ at: fc.nat({ max: length - 1 }), bit: fc.nat({ max: 7 }) }), { minLength: 1, maxLength: 8 });
const flip = (bytes: Uint8Array, changes: { at: number; bit: number }[]): Uint8Array => {
  const out = bytes.slice();
  for (const { at, bit } of changes) out[at]! ^= 1 << bit;
  return out;
};

describe('fuzz: any bytes give a document or a ReadError, in bounded time', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => void (await outcome(bytes))),
      { numRuns: RUNS },
    );
  });

  it('random bytes behind each format magic number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 2048 }), async (magic, rest) => {
        await outcome(new Uint8Array([...magic, ...rest]));
      }),
      { numRuns: RUNS },
    );
  });

  it('truncated real .docx', async () => {
    await fc.assert(
      // From the 4-byte zip signature on, a cut .docx is never taken for a document.
      fc.asyncProperty(fc.integer({ min: 4, max: DOCX.length - 1 }), async (length) => {
        expect(await outcome(DOCX.subarray(0, length))).not.toBe('doc');
      }),
      { numRuns: RUNS },
    );
  });

  it(
    'bit-flipped real .docx',
    async () => {
      await fc.assert(
        fc.asyncProperty(flips(DOCX.length), async (changes) => void (await outcome(flip(DOCX, changes)))),
        { numRuns: RUNS },
      );
    },
    SLOW_TEST_MS,
  );

  const readNode = (bytes: Uint8Array) =>
    readBytesNode(bytes, '', DEFAULT_LIMITS, new Deadline(DEFAULT_LIMITS.timeoutMs), false);

  for (const [name, original] of [
    ['.pdf', PDF],
    ['.doc', DOC],
  ] as const) {
    it(
      `bit-flipped and truncated real ${name} (Node reader)`,
      async () => {
        await fc.assert(
          fc.asyncProperty(flips(original.length), fc.nat({ max: original.length }), async (changes, length) => {
            await outcome(flip(original, changes).subarray(0, Math.max(length, 16)), readNode);
          }),
          { numRuns: Math.ceil(RUNS / 5) },
        );
      },
      SLOW_TEST_MS,
    );
  }
});

/** Text that has nothing in common with legacy mojibake, markup or binary: it must come back unchanged. */
const VIETNAMESE = [...'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
const character = fc.oneof(
  fc.constantFrom(
    ...VIETNAMESE,
    ...VIETNAMESE.map((c) => c.toUpperCase()),
    ...VIETNAMESE.map((c) => c.normalize('NFD')),
  ),
  fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u200b', '\u00a0'),
  fc.constantFrom(' ', ' ', '\n', '\t', '.', ',', '/', '-', ':', '1', '2', '0'),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
    .filter((g) => !/[\p{Cc}\p{Cs}<>&\u00a1-\u00ff\ufffd\ufeff]/u.test(g)),
);
const text = fc
  .array(character, { minLength: 1, maxLength: 200 })
  .map((chars) => chars.join(''))
  .filter((s) => /[\p{L}\p{N}]/u.test(s) && !/^\s*(?:%PDF|\{\\rtf|MIME-Version:)/u.test(s));

describe('fuzz: Unicode comes back unchanged', () => {
  it('as UTF-8 text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const doc = await readBytes(new TextEncoder().encode(s));
        expect(doc.text).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('in .docx paragraphs', async () => {
    const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), async (paragraphs) => {
        const body = paragraphs
          .map((para) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(para)}</w:t></w:r></w:p>`)
          .join('');
        const doc = await readBytes(makeDocx(body));
        expect(doc.text).toBe(paragraphs.join('\n'));
      }),
      { numRuns: RUNS },
    );
  });

  it('as UTF-16 with lone surrogates: decoded or refused, never thrown otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 300 }),
        async (units) => {
          const bytes = new Uint8Array(2 + units.length * 2);
          bytes.set([0xff, 0xfe]);
          units.forEach((unit, i) => {
            bytes[2 + 2 * i] = unit & 0xff;
            bytes[3 + 2 * i] = unit >> 8;
          });
          await outcome(bytes, async (b) => decodeText(b));
          await outcome(bytes);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
