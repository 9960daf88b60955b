import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '@soat/checker';
import { readInput, readOptionsFromFlags } from '@soat/checker/node';
import { ocrAvailable } from '@soat/checker/node';
import { readPdfBytes } from '@soat/checker/pdf';
import { FORMATS, fixture, fixtureText, readErrorOf, wordRecall } from './helpers';
import { layoutPage, type Piece } from '../../packages/checker/src/node/readers/pdf';
import { runs } from '../../packages/checker/src/node/readers/pdf-stamps';
import { FIXTURES } from '../fixtures';

// unpdf is a dependency of @soat/checker, not of the repository root.
const { extractText, getDocumentProxy } = await import('../../packages/checker/node_modules/unpdf');
const canOcr = await ocrAvailable();
const path = (name: string): string => join(FORMATS, name);
const PLAN = fixtureText('plan-001.txt');
const HEADER = ['ỦY BAN NHÂN DÂN', 'XÃ ĐẠI SƠN', 'Số: /UBND-VHXH'];

describe('pdf reader', () => {
  it('rebuilds lines from glyph positions and reads the header block column by column', async () => {
    const doc = await readInput(path('plan-001.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.text.split('\n').slice(0, 3)).toEqual(HEADER);
    expect(doc.text).toContain('Nơi nhận:\n- Sở Nội vụ thành phố;');
    expect(doc.text).toContain('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Minh Huệ');
    expect(wordRecall(doc.text, PLAN.replace(/\n[^\n]*$/u, ''))).toBeGreaterThan(0.97);
    expect(doc.blocks?.[0]).toEqual({ range: [0, HEADER[0]!.length], locator: { kind: 'pdf', page: 1, line: 1 } });
    const pages = [...new Set(doc.blocks?.map((b) => (b.locator as { page: number }).page))];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => i + 1));
  });

  it('repairs letters drawn from a fallback font (LibreOffice monospace export)', async () => {
    // The trap is real in this fixture: plain pdf.js text has the Vietnamese capitals at the end of the line.
    const pdf = await getDocumentProxy(fixture('plan-001-mono.pdf'));
    const naive = (await extractText(pdf, { mergePages: true })).text;
    expect(naive).toContain('XÃ Đ I S N');
    const doc = await readInput(path('plan-001-mono.pdf'));
    expect(doc.text.split('\n').slice(0, 6)).toEqual([
      ...HEADER,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đại Sơn, ngày tháng 01 năm 2026',
    ]);
    // What is left is pdf.js mapping a few fallback glyphs to a neighbour letter (ế → ề; poppler reads them right).
    expect(wordRecall(doc.text, PLAN)).toBeGreaterThan(0.93);
    expect(wordRecall(naive, PLAN)).toBeLessThan(0.5);
  });

  it('reads as ư the letter oi that Word 2010 export writes for the ư of Times New Roman, and as Ò its bold Õ', async () => {
    const file = join(FIXTURES, 'real/bct-cucdck-cv-1178-2025.pdf');
    const naive = (await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true }))
      .text;
    expect(naive).toContain('đƣợc');
    const doc = await readInput(file);
    expect(doc.text).not.toMatch(/[Ƣƣ]/u);
    expect(doc.text).toContain('BỘ CÔNG THƯƠNG');
    expect(doc.text).toContain('được');
    // And the Ò of its bold Quốc hiệu, which the same export maps to Õ.
    expect(naive).toContain('CỘNG HÕA');
    expect(doc.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('joins a number written into the blank before its symbol, as a flattened e-office PDF draws it', async () => {
    // The joint guidance 24/HDLN-BCA-BQP-BYT: "Số:", a blank, "/HDLN-…" are the page's; "24" is drawn into the blank.
    const lines = (await readInput(join(FIXTURES, 'real/lienbo-hdln-24-2026-n2o.pdf'))).text.split('\n');
    expect(lines.some((line) => line.startsWith('Số: 24/HDLN-BCA-BQP-BYT'))).toBe(true);
  });

  it('reads the number and the day an e-office system stamps in signature fields, and not the signer stamp', async () => {
    // Quảng Ngãi's Thông báo 542: "Số:" / "ngày" are the page's, "542" / "06" its two Sig fields' appearance streams.
    const file = join(FIXTURES, 'real/quangngai-tb-542-2024.pdf');
    const naive = (await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true }))
      .text;
    expect(naive).not.toContain('542');
    const lines = (await readInput(file)).text.split('\n');
    expect(lines).toContain('Số: 542/TB-UBND');
    expect(lines).toContain('Quảng Ngãi, ngày 06 tháng 11 năm 2024');
    // The third field is the issuing system's own stamp ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC … +07:00"): no text of the letter.
    expect(lines.join('\n')).not.toContain('ttcbth@quangngai.gov.vn');
    // Day and month each in a field of its own (Bộ Nội vụ's letter 8151).
    const letter = (await readInput(join(FIXTURES, 'real/bnv-cv-8151-2025.pdf'))).text.normalize('NFC').split('\n');
    expect(letter).toContain('Số : 8151/BNV-CCHC');
    expect(letter).toContain('Hà Nội, ngày 18 tháng 9 năm 2025');
  });

  it("cuts what one field stamps at its spaces, drops a stamp's stop after the number and keeps out its letters", () => {
    const drawn = (text: string, x = 100) =>
      [...text].map((str, i) => ({ str, x: x + i * 6, y: 700, advance: 6, size: 13 }));
    // Bỉm Sơn's "3070." before the page's "/KH-UBND", and its day and month in one field around the page's "tháng".
    expect(runs(drawn('3070.'), [98, 0, 300, 0]).map((p) => p.str)).toEqual(['3070']);
    expect(runs(drawn('09    9'), [98, 0, 160, 0]).map((p) => [p.str, p.x])).toEqual([
      ['09', 100],
      ['9', 136],
    ]);
    expect(runs(drawn('29/5/2025'), [98, 0, 160, 0]).map((p) => p.str)).toEqual(['29/5/2025']);
    expect(runs(drawn('Ký bởi: Sở Tư pháp 25.02.2021'), [0, 0, 300, 0])).toEqual([]);
  });

  it('takes a scan whose only text is the e-signature stamp for a scan, not for a document with no header', async () => {
    // A signed copy of a scanned letter (fixtures/real/SOURCES.md, left out): its text layer is the stamp alone.
    const stamped = pdfWithLines(['SAO Y; CONG AN TINH LAM DONG; 06/01/2026; 16:42:26; +07:00']);
    const dir = mkdtempSync(join(tmpdir(), 'soat-test-'));
    writeFileSync(join(dir, 'stamped.pdf'), stamped);
    expect((await readErrorOf(() => readInput(join(dir, 'stamped.pdf')))).code).toBe('scanned-pdf');
    // The same line beside the document's own text is kept, as read.
    writeFileSync(
      join(dir, 'signed.pdf'),
      pdfWithLines([
        'UY BAN NHAN DAN TINH LAM DONG',
        'CONG VAN KHAN',
        'SAO Y; CONG AN TINH LAM DONG; 06/01/2026; 16:42:26; +07:00',
      ]),
    );
    expect((await readInput(join(dir, 'signed.pdf'))).text).toContain('+07:00');
  });

  it('names encrypted, scanned, overlong and slow PDFs', async () => {
    expect((await readErrorOf(() => readInput(path('plan-001-locked.pdf')))).code).toBe('encrypted');
    const scan = await readErrorOf(() => readInput(path('plan-001-scan.pdf')));
    expect(scan.code).toBe('scanned-pdf');
    expect(scan.vi).toContain('bản quét');
    expect((await readErrorOf(() => readInput(path('plan-001.pdf'), { maxPdfPages: 2 }))).code).toBe('too-many-pages');
    expect((await readErrorOf(() => readInput(path('plan-001.pdf'), { timeoutMs: 1 }))).code).toBe('timeout');
    const truncated = fixture('plan-001.pdf').subarray(0, 3000);
    const dir = mkdtempSync(join(tmpdir(), 'soat-test-'));
    writeFileSync(join(dir, 'cut.pdf'), truncated);
    expect(['corrupt-document', 'no-text', 'scanned-pdf']).toContain(
      (await readErrorOf(() => readInput(join(dir, 'cut.pdf')))).code,
    );
  });

  it("rebuilds a table of tasks whose cells' lines pdf.js gives interleaved, one line a row (Công báo, Nghị quyết 97)", async () => {
    const doc = await readInput(
      join(FIXTURES, 'coverage/fresh-37/chinhphu-nq-97-2026-bo-sung-nhiem-vu-chuong-trinh-hanh-dong-nq-66.pdf'),
    );
    const lines = doc.text.split('\n');
    const rows = lines.filter((line) => /^\d{1,2}\t/.test(line));
    expect(rows.map((row) => Number(row.split('\t')[0]))).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(rows[0]!.split('\t')).toEqual([
      '1',
      'Thực hiện nghiêm quy định các bộ, cơ quan ngang bộ cơ cấu ít nhất một lãnh đạo có chuyên môn pháp luật',
      'Các bộ, cơ quan ngang bộ',
      'Bộ Nội vụ',
      'Báo cáo hằng năm',
      '2026 và hằng năm',
      // A symbol the cell wraps after its hyphen is one word again.
      'Nghị quyết số 66-NQ/TW',
    ]);
    // A line's words are spaced as any line's (pdf.js draws a space as an item of its own).
    expect(rows[1]).toMatch(/^2\tThực hiện nghiêm chủ trương dứt khoát từ bỏ/);
    // A row carried over to the next page without its number stays a line of its own; footnotes follow the rows.
    expect(lines.find((line) => line.startsWith('tư nhân theo Nghị quyết số 68'))).toMatch(/\tBộ Tài chính\t/);
    expect(lines[lines.indexOf(rows[0]!) + 3]).toMatch(/^1 Nghị quyết số 66-NQ\/TW/);
    const row = doc.blocks!.find((b) => b.range[0] === doc.text.indexOf(rows[0]!))!;
    expect(row.locator).toEqual({ kind: 'pdf', page: 3, line: 12 });
  });

  it('reads a page line by line when its table is not one of numbered rows beside blocks of tasks', () => {
    const piece = (str: string, x: number, y: number): Piece => ({ str, x, y, width: str.length * 5, size: 14 });
    const page = (second: string) =>
      layoutPage([
        piece('TT', 65, 400),
        piece('Tên nhiệm vụ', 150, 400),
        piece('Đơn vị chủ trì', 400, 400),
        piece('Rà soát văn bản', 95, 360),
        piece('1', 71, 352),
        piece('Sở Tư pháp', 400, 352),
        piece('quy phạm pháp luật', 95, 344),
        piece('Tập huấn cán bộ', 95, 300),
        piece(second, 71, 292),
        piece('Sở Nội vụ', 400, 292),
        piece('làm công tác pháp chế', 95, 284),
      ]).map((line) => line.text);
    expect(page('2').slice(1)).toEqual([
      '1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp',
      '2\tTập huấn cán bộ làm công tác pháp chế\tSở Nội vụ',
    ]);
    expect(page('5')).toContain('Rà soát văn bản');
  });

  it('names the pages of a PDF that are images beside its text, and does not call the header they hold missing', async () => {
    // plan-001-part-scan.pdf: the scan of plan-001's first page, then its pages 2–5 as text (pdfunite).
    const doc = await readInput(path('plan-001-part-scan.pdf'));
    expect(doc.notices).toEqual([
      expect.objectContaining({ ruleId: 'scanned-pages', range: [0, 0], data: { pages: '1' } }),
    ]);
    const result = await check(doc);
    const finding = result.findings.find((f) => f.ruleId === 'scanned-pages');
    expect(finding).toMatchObject({ messageId: 'pages', severity: 'warning', data: { pages: '1' } });
    expect(finding?.source).toBeUndefined();
    expect(
      result.findings.filter((f) =>
        ['quoc-hieu', 'issuing-body', 'so-ky-hieu', 'date-line', 'title'].includes(f.ruleId),
      ),
    ).toEqual([]);
  });

  it('does not take a blank page (no text, no image) for a scan', async () => {
    // plan-001-blank-page.pdf: the first page of plan-001-mono.pdf, then an empty page (pdfunite).
    const doc = await readInput(path('plan-001-blank-page.pdf'));
    expect(doc.notices ?? []).toEqual([]);
    expect(doc.text).toContain('KẾ HOẠCH');
  });

  it.skipIf(!canOcr)(
    'recognises the scanned pages of a PDF with --ocr, its other pages as their text layer gives them',
    async () => {
      const doc = await readInput(path('plan-001-part-scan.pdf'), { ocr: true });
      expect(doc.ocr).toBe(true);
      expect((doc.notices ?? []).map((n) => n.ruleId)).not.toContain('scanned-pages');
      expect(doc.text.split('\n').slice(0, 3)).toEqual(HEADER);
      expect(doc.blocks?.[0]?.locator).toEqual({ kind: 'pdf', page: 1, line: 1 });
      expect(doc.text).toContain('Nơi nhận:\n- Sở Nội vụ thành phố;');
    },
  );

  it.skipIf(!canOcr)('recognises a scan with --ocr and marks the result as OCR', async () => {
    const doc = await readInput(path('plan-001-scan.pdf'), { ocr: true });
    expect(doc.ocr).toBe(true);
    expect(doc.format).toBe('pdf');
    expect(doc.text).toContain('KẾ HOẠCH');
    // Word boxes go through the PDF layout: the header block comes out column by column.
    expect(doc.text.split('\n').slice(0, 3)).toEqual(HEADER);
    expect(doc.blocks?.[0]?.locator).toEqual({ kind: 'pdf', page: 1, line: 1 });
    // Nothing is written next to the input.
    expect(readdirSync(FORMATS).filter((name) => !/^plan-001/.test(name))).toEqual([]);
  });
});

describe('doc reader', () => {
  it('reads a Word 97-2003 file, cells and all, with the footnote after the body', async () => {
    const doc = await readInput(path('plan-001.doc'));
    expect(doc.format).toBe('doc');
    expect(doc.text).toContain('ỦY BAN NHÂN DÂN\nXÃ ĐẠI SƠN');
    expect(doc.text).toContain('I. MỤC ĐÍCH YÊU CẦU');
    expect(doc.text.split('\n').at(-1)).toMatch(/^Luật Thực hiện dân chủ ở cơ sở/);
    expect(doc.text).not.toContain('bản dự thảo');
    expect(wordRecall(doc.text, PLAN)).toBeGreaterThan(0.99);
    expect(doc.blocks?.every((b) => b.locator.kind === 'docx')).toBe(true);
  });

  it('reads the TCVN3 "ư" that Word stores as its optional hyphen (0x1F), not as "undefined" (patched word-extractor)', async () => {
    const doc = await readInput(path('plan-001.doc'));
    expect(doc.text).toContain('UBND xã Đại Sơn xây dựng Kế hoạch');
    expect(doc.text).toContain('cụ thể như sau:');
    expect(doc.text).not.toContain('undefined');
  });

  /** The ReadError of a .doc written from `bytes` to a temporary folder and read as the user's file. */
  const errorOfDoc = (bytes: Uint8Array, options?: Parameters<typeof readInput>[1]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'soat-test-')), 'ke-hoach.doc');
    writeFileSync(file, bytes);
    return readErrorOf(() => readInput(file, options));
  };

  it('names a password-protected .doc (fEncrypted in the File Information Block)', async () => {
    const doc = fixture('plan-001.doc');
    let fib = 512;
    while (!(doc[fib] === 0xec && doc[fib + 1] === 0xa5)) fib += 512;
    doc[fib + 0x0b]! |= 0x01;
    const error = await errorOfDoc(doc);
    expect(error.code).toBe('encrypted');
    expect(error.vi).toContain('.doc');
  });

  it('names a .doc whose sector chain loops through two sectors as corrupt, instead of dying (patched word-extractor)', async () => {
    // The chain a → b → a grew an array until V8 aborted the whole process ("invalid size error"): a fuzz find.
    const doc = fixture('plan-001.doc');
    const view = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
    const sectorSize = 1 << view.getUint16(30, true);
    const sat = sectorSize * (view.getInt32(76, true) + 1); // the first sector of the allocation table
    const next = (i: number) => view.getInt32(sat + 4 * i, true);
    let a = 0;
    while (!(next(a) === a + 1 && next(a + 1) === a + 2)) a++;
    view.setInt32(sat + 4 * (a + 1), a, true);
    const error = await errorOfDoc(doc);
    expect(error.code).toBe('corrupt-document');
    expect(error.vi).toContain('.doc');
  });

  it('names a .doc whose header claims more allocation sectors than the file holds as corrupt, at once', async () => {
    // One flipped bit of the header's count (524,289 sectors) had the table read sector by sector for 6–8 s.
    const doc = fixture('plan-001.doc');
    doc[46]! ^= 0x08;
    expect((await errorOfDoc(doc, { timeoutMs: 1_000 })).code).toBe('corrupt-document');
  });

  it('reads a .doc named .docx by its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-test-'));
    writeFileSync(join(dir, 'ke-hoach.docx'), fixture('plan-001.doc'));
    await expect(readInput(join(dir, 'ke-hoach.docx'))).resolves.toMatchObject({ format: 'doc' });
  });
});

describe('readInput', () => {
  it('names missing files, folders and oversized files', async () => {
    expect((await readErrorOf(() => readInput(path('khong-co.docx')))).code).toBe('not-found');
    expect((await readErrorOf(() => readInput(FORMATS))).code).toBe('unreadable');
    const big = await readErrorOf(() => readInput(path('plan-001.pdf'), { maxBytes: 1024 }));
    expect(big.code).toBe('too-large');
    expect(big.en).toContain('--max-file-size');
  });

  it('reads standard input when the path is "-", detecting the format from the content', () => {
    const driver = join(import.meta.dirname, 'stdin-driver.ts');
    const run = (input: Uint8Array, maxBytes?: number) =>
      JSON.parse(
        spawnSync(process.execPath, ['--import', 'tsx', driver, ...(maxBytes ? [String(maxBytes)] : [])], {
          input,
          encoding: 'utf8',
        }).stdout,
      );
    expect(run(fixture('plan-001.docx'))).toEqual({ format: 'docx', text: PLAN });
    expect(run(fixture('plan-001.txt'))).toEqual({ format: 'txt', text: PLAN });
    expect(run(fixture('plan-001.txt'), 100)).toEqual({ error: 'too-large' });
  });
});

describe('reading flags', () => {
  it('turn MB and seconds into limits, and name a wrong value', () => {
    expect(readOptionsFromFlags({ 'max-file-size': '2', timeout: '1.5', 'max-pages': '10', ocr: true })).toEqual({
      options: { ocr: true, maxBytes: 2 * 2 ** 20, timeoutMs: 1500, maxPdfPages: 10 },
    });
    expect(readOptionsFromFlags({})).toEqual({ options: { ocr: false } });
    expect(readOptionsFromFlags({ 'max-xml-depth': 'sâu' })).toEqual({
      error: expect.stringContaining('--max-xml-depth'),
    });
    expect(readOptionsFromFlags({ 'max-zip-entries': '-3' })).toEqual({
      error: expect.stringContaining('--max-zip-entries'),
    });
  });
});

describe('PDF compression bomb', () => {
  it('refuses a 1 MB PDF whose content stream inflates to 1 GB, as a bomb and not as a scan, quickly', async () => {
    const started = performance.now();
    const error = await readErrorOf(() => readInput(join(FORMATS, '..', 'hostile', 'pdf-bomb.pdf')));
    expect(error.code).toBe('zip-bomb');
    expect(error.vi).toContain('bom nén');
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("refuses it the same way in the offline page's reader (fflate instead of node:zlib), which reads a plan as before", async () => {
    const bomb = new Uint8Array(readFileSync(join(FORMATS, '..', 'hostile', 'pdf-bomb.pdf')));
    const error = await readErrorOf(() => readPdfBytes(bomb));
    expect(error.code).toBe('zip-bomb');
    const plan = await readPdfBytes(new Uint8Array(readFileSync(join(FORMATS, 'plan-001.pdf'))));
    expect(plan.text).toBe((await readInput(join(FORMATS, 'plan-001.pdf'))).text);
  }, 20_000);
});

/** A one-page PDF with these lines of Helvetica text (ASCII), top down. */
function pdfWithLines(lines: readonly string[]): Uint8Array {
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - 20 * i} Td (${l}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
