/**
 * check() and the readers end in bounded, linear time on every input: a bounded fuzz (fast-check) of check()
 * over plan-shaped text and of the .txt, .html and .docx readers over generated documents, each case under
 * a time bound, plus the inputs that once overflowed the stack or grew without bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '@soat/checker';
import { ReadError } from '@soat/checker/readers';
import { readBytes } from '@soat/checker/readers';
import { makeDocx } from '../readers/helpers';

/** Longest time one case may take: typical cases take a few ms; a loaded 2-core CI machine is slower. */
const BOUND_MS = 2_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs `work`, failing the case when it takes longer than BOUND_MS; a ReadError is an answer. */
async function bounded<T>(work: () => Promise<T>): Promise<T | ReadError> {
  const started = performance.now();
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  } finally {
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  }
}

/** The lines a plan is made of, and the ones that strain the parser: citations in lists, numbering, headings. */
const line = fc.oneof(
  fc.nat({ max: 99_999 }).map((i) => `Kế hoạch số ${i}/KH-UBND`),
  fc
    .tuple(fc.nat({ max: 999 }), fc.constantFrom('NQ/TW', 'QĐ-TTg', 'KH-UBND', 'CT-UBND'))
    .map(([n, s]) => `Nghị quyết số ${n}-${s} ngày 26/9/2025 và`),
  fc.constantFrom(
    'I. MỤC ĐÍCH, YÊU CẦU',
    'II. NHIỆM VỤ',
    'TỔ CHỨC THỰC HIỆN',
    'Nơi nhận:',
    '- Như trên;',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ),
  fc.constantFrom(
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'UBND XÃ SƠN DƯƠNG',
    'Sơn Dương, ngày 09 tháng 3 năm 2026',
  ),
  fc.nat({ max: 50 }).map((i) => `${i}. Các các cơ quan, đơn vị , của UBND tỉnh ;`),
  fc.string({ maxLength: 80 }),
);
const plan = fc
  .tuple(fc.array(line, { maxLength: 400 }), fc.constantFrom('\n', '\r\n', ', ', ' và '))
  .map(([lines, separator]) => lines.join(separator));

describe('bounded fuzz: check() and the readers answer every input in bounded time', () => {
  it('check() over plan-shaped text', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (text) => {
        const result = await bounded(() => check({ text, format: 'txt' }));
        expect(result).not.toBeInstanceOf(ReadError);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('the .txt and .html readers, then check(), over generated lists with any start and type', async () => {
    const start = fc.oneof(
      fc.integer({ min: -5, max: 2_000 }),
      fc.constantFrom('1e15', '9007199254740993', '-1e300', 'x', '4000', '1e400'),
    );
    const list = fc.record({
      start,
      type: fc.constantFrom('1', 'a', 'A', 'i', 'I'),
      items: fc.array(fc.string({ maxLength: 20 }), { maxLength: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(list, plan, async ({ start: s, type, items }, text) => {
        const html = `<html><body><p>${text}</p><ol start="${s}" type="${type}">${items.map((i) => `<li>${i}</li>`).join('')}</ol></body></html>`;
        for (const bytes of [encode(html), encode(text || 'x')]) {
          const doc = await bounded(() => readBytes(bytes));
          if (doc instanceof ReadError) continue;
          // A label is short: the text is never many times the size of the input.
          expect(doc.text.length).toBeLessThan(40 * bytes.length + 100);
          await bounded(() => check(doc));
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('the .docx reader, then check(), over numbering with any w:start', async () => {
    const level = fc.record({
      start: fc.oneof(
        fc.integer({ min: -5, max: 40_000 }),
        fc.constantFrom('1000000000000000', '99999999999999999999', 'x'),
      ),
      format: fc.constantFrom(
        'decimal',
        'lowerLetter',
        'upperLetter',
        'lowerRoman',
        'upperRoman',
        'decimalZero',
        'bullet',
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        level,
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 100 }),
        async ({ start, format }, items) => {
          const numbering =
            `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">` +
            `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
            `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
          const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          const body = items
            .map(
              (i) =>
                `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${escapeXml(i)}</w:t></w:r></w:p>`,
            )
            .join('');
          const doc = await bounded(() => readBytes(makeDocx(body, { 'word/numbering.xml': numbering })));
          if (doc instanceof ReadError) return;
          expect(doc.text.length).toBeLessThan(100 * (items.length + 1) + items.join('').length);
          await bounded(() => check(doc));
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('inputs that once overflowed the stack or grew without bound', () => {
  it('6,000 lines "Kế hoạch số {i}/KH-UBND" are checked, in linear time', async () => {
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `Kế hoạch số ${i}/KH-UBND`).join('\n');
    await check({ text: lines(500), format: 'txt' });
    const time = async (n: number): Promise<number> => {
      const started = performance.now();
      await check({ text: lines(n), format: 'txt' });
      return performance.now() - started;
    };
    // The fastest of three interleaved runs of each size: a run slowed by other work on a shared machine does not
    // count, so the ratio is the code's, not the machine's.
    let small = Number.POSITIVE_INFINITY;
    let large = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      small = Math.min(small, await time(1_500));
      large = Math.min(large, await time(6_000));
    }
    expect(large).toBeLessThan(5 * BOUND_MS);
    // Four times the lines: well under sixteen times the time (quadratic took 8.7 s at 4,500 lines).
    expect(large / Math.max(small, 20)).toBeLessThan(10);
  }, 60_000);

  it('<ol start="1e15" type="a"> gives short labels, and a huge w:start does not throw', async () => {
    const html = `<html><body><ol start="1e15" type="a">${'<li>x</li>'.repeat(500)}</ol></body></html>`;
    const doc = await readBytes(encode(html));
    expect(doc.text.length).toBeLessThan(20 * html.length);
    const numbering =
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">` +
      `<w:lvl w:ilvl="0"><w:start w:val="1000000000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const body =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p>';
    const docx = await readBytes(makeDocx(body, { 'word/numbering.xml': numbering }));
    expect(docx.text).toBe('1000000000000000.\tMục');
  });
});
