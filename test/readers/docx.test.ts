import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBytes } from '@soat/checker/readers';
import type { ExtractedDocument, SourceLocator } from '@soat/checker';
import { fixture, fixtureText, fontRun, makeDocx, p, readErrorOf } from './helpers';

const lines = (doc: ExtractedDocument): string[] => doc.text.split('\n');
const locatorOf = (doc: ExtractedDocument, line: string): SourceLocator | undefined =>
  doc.blocks?.find((b) => doc.text.slice(b.range[0], b.range[1]) === line)?.locator;
const formatOf = (doc: ExtractedDocument, line: string) =>
  doc.paragraphs?.find((f) => doc.text.slice(f.range[0], f.range[1]) === line);

describe('docx reader on the generated plan (fixtures/formats/plan-001.docx)', async () => {
  const doc = await readBytes(fixture('plan-001.docx'));

  it('gives back exactly the text the fixture was made from', () => {
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe(fixtureText('plan-001.txt'));
  });

  it('reads the two-column header table column by column, each line on its own', () => {
    expect(lines(doc).slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐẠI SƠN',
      'Số: /UBND-VHXH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đại Sơn, ngày tháng 01 năm 2026',
    ]);
  });

  it('locates every paragraph, with table, row and cell inside tables', () => {
    expect(locatorOf(doc, 'ỦY BAN NHÂN DÂN')).toEqual({
      kind: 'docx',
      paragraph: 1,
      table: { index: 1, row: 1, cell: 1 },
    });
    expect(locatorOf(doc, 'Số: /UBND-VHXH')).toEqual({
      kind: 'docx',
      paragraph: 3,
      table: { index: 1, row: 2, cell: 1 },
    });
    expect(locatorOf(doc, 'Đại Sơn, ngày tháng 01 năm 2026')).toEqual({
      kind: 'docx',
      paragraph: 6,
      table: { index: 1, row: 2, cell: 2 },
    });
    expect(locatorOf(doc, 'KẾ HOẠCH')).toEqual({ kind: 'docx', paragraph: 8 });
    expect(locatorOf(doc, 'Nơi nhận:')?.kind).toBe('docx');
    expect((locatorOf(doc, 'Nơi nhận:') as { table?: { index: number } }).table?.index).toBe(2);
    // One block per paragraph, tiling the text (a paragraph may hold a line break).
    const blocks = doc.blocks!;
    expect(blocks[0]!.range[0]).toBe(0);
    expect(blocks.at(-1)!.range[1]).toBe(doc.text.length);
    for (const [i, block] of blocks.slice(1).entries()) expect(block.range[0]).toBe(blocks[i]!.range[1] + 1);
    expect(blocks.map((b) => (b.locator as { paragraph: number }).paragraph)).toEqual(blocks.map((_, i) => i + 1));
  });

  it('keeps paragraph formatting: bold, italic, alignment, font and size', () => {
    expect(formatOf(doc, 'KẾ HOẠCH')).toMatchObject({
      bold: true,
      italic: false,
      align: 'center',
      fontName: 'Times New Roman',
      fontSize: 14,
    });
    expect(formatOf(doc, 'Đại Sơn, ngày tháng 01 năm 2026')).toMatchObject({ italic: true, bold: false });
    const body = lines(doc).find((l) => l.startsWith('UBND xã Đại Sơn xây dựng'))!;
    expect(formatOf(doc, body)).toMatchObject({ align: 'both', bold: false, fontSize: 14 });
  });

  it('reads A4 paper and margins in millimetres', () => {
    expect(doc.page).toEqual({
      width: 210,
      height: 297,
      marginTop: 20,
      marginBottom: 20,
      marginLeft: 30,
      marginRight: 15,
    });
  });

  it('renders automatic section numbers, appends the footnote, skips the tracked deletion', () => {
    expect(lines(doc)).toContain('I. MỤC ĐÍCH YÊU CẦU');
    expect(lines(doc)).toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(lines(doc).at(-1)).toMatch(/^Luật Thực hiện dân chủ ở cơ sở số 10\/2022\/QH15/);
    expect(doc.text).not.toContain('bản dự thảo');
    const xml = strFromU8(unzipSync(fixture('plan-001.docx'))['word/document.xml']!);
    expect(xml).toContain('bản dự thảo');
    expect(xml).not.toContain('MỤC ĐÍCH YÊU CẦU</w:t>'.replace('MỤC', 'I. MỤC'));
  });

  it('converts the .VnTime (TCVN3) paragraph and says so in a legacy-encoding notice', () => {
    const xml = strFromU8(unzipSync(fixture('plan-001.docx'))['word/document.xml']!);
    expect(xml).toContain('w:ascii=".VnTime"');
    expect(doc.notices).toHaveLength(1);
    const notice = doc.notices![0]!;
    expect(notice).toMatchObject({ ruleId: 'legacy-encoding', messageId: 'tcvn3', severity: 'warning' });
    expect(notice.message.vi).toContain('TCVN3');
    expect(notice.message.en).toContain('TCVN3');
    const converted = doc.text.slice(notice.range![0], notice.range![1]);
    expect(fixtureText('plan-001.txt').split('\n')).toContain(converted);
    expect(converted).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  });
});

describe('docx reader on hand-made packages', () => {
  it('reads a text box once (mc:Choice, not the VML fallback), after the paragraph that anchors it', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const doc = await readBytes(
      makeDocx(
        `<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box('Trong hộp')}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:shape><v:textbox>${box('Trong hộp')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
          p('Sau'),
      ),
    );
    expect(doc.text).toBe('Trước\nTrong hộp\nSau');
  });

  it('keeps field results and drops field codes (complex and simple fields)', async () => {
    const doc = await readBytes(
      makeDocx(
        `<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
          `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
          `<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>20/01/2026</w:t></w:r></w:fldSimple></w:p>`,
      ),
    );
    expect(doc.text).toBe('Trang 3\n20/01/2026');
  });

  it('turns tabs and line breaks into \\t and \\n, and skips deleted, moved-away and hidden text', async () => {
    const doc = await readBytes(
      makeDocx(
        `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r>` +
          `<w:del w:id="1" w:author="x"><w:r><w:delText>XÓA</w:delText><w:tab/></w:r></w:del>` +
          `<w:ins w:id="2" w:author="x"><w:r><w:t>+thêm</w:t></w:r></w:ins>` +
          `<w:moveFrom w:id="3" w:author="x"><w:r><w:t>CŨ</w:t></w:r></w:moveFrom>` +
          `<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẨN</w:t></w:r></w:p>`,
      ),
    );
    expect(doc.text).toBe('a\tb\nc-d+thêm');
  });

  it('reads ordinary tables row by row, cell by cell', async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
    const doc = await readBytes(
      makeDocx(`<w:tbl>${row('STT', 'Nội dung', 'Đơn vị')}${row('1', 'Tuyên truyền', 'Công an xã')}</w:tbl>`),
    );
    expect(doc.text).toBe('STT\nNội dung\nĐơn vị\n1\nTuyên truyền\nCông an xã');
    expect(doc.blocks![5]!.locator).toEqual({ kind: 'docx', paragraph: 6, table: { index: 1, row: 2, cell: 3 } });
  });

  it('converts VNI runs, .VnTimeH runs (capitals) and leaves Unicode typed in a .VnTime font alone', async () => {
    const doc = await readBytes(
      makeDocx(
        `<w:p>${fontRun('VNI-Times', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')}</w:p>` +
          `<w:p>${fontRun('.VnTimeH', 'céng hoµ x· héi chñ nghÜa viÖt nam')}</w:p>` +
          `<w:p>${fontRun('.VnTime', 'Ngày 20 tháng 01 năm 2026, các xã')}</w:p>`,
      ),
    );
    expect(doc.text).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNgày 20 tháng 01 năm 2026, các xã',
    );
    expect(doc.notices?.map((n) => n.messageId).sort()).toEqual(['tcvn3', 'vni']);
  });

  it('converts a paragraph of TCVN3 mojibake whose legacy font was lost, and only that one', async () => {
    const doc = await readBytes(
      makeDocx(
        `<w:p>${fontRun('Times New Roman', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam')}</w:p>${p('Ngày 20 tháng 01 năm 2026, các xã')}`,
      ),
    );
    expect(doc.text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam\nNgày 20 tháng 01 năm 2026, các xã');
    expect(doc.notices?.map((n) => [n.messageId, n.range])).toEqual([['tcvn3', [0, 34]]]);
  });

  it('resolves formatting through document defaults, theme fonts and basedOn style chains', async () => {
    const styles =
      `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>` +
      `</w:styles>`;
    const theme = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const doc = await readBytes(
      makeDocx(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>${p('Nội dung')}`, {
        'word/styles.xml': styles,
        'word/theme/theme1.xml': theme,
      }),
    );
    expect(doc.paragraphs).toEqual([
      { range: [0, 8], align: 'center', bold: true, italic: false, fontName: 'Times New Roman', fontSize: 14 },
      { range: [9, 17], align: 'both', bold: false, italic: false, fontName: 'Times New Roman', fontSize: 13 },
    ]);
  });

  it('reads each document with its own styles, theme and lists when documents in turn share them or not', async () => {
    const styles = (jc: string, bold: string) =>
      `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="${jc}"/></w:pPr>${bold}</w:style></w:styles>`;
    const theme = (font: string) =>
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:minorFont><a:latin typeface="${font}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const numbering = (format: string) =>
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const body =
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
      `<w:r><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/></w:rPr><w:t>MỤC ĐÍCH</w:t></w:r></w:p>`;
    const docx = (jc: string, bold: string, font: string, format: string) =>
      makeDocx(body, {
        'word/styles.xml': styles(jc, bold),
        'word/theme/theme1.xml': theme(font),
        'word/numbering.xml': numbering(format),
      });
    const first = docx('center', '<w:rPr><w:b/></w:rPr>', 'Times New Roman', 'upperRoman');
    const second = docx('right', '', 'Arial', 'decimal');
    const onlyTheme = docx('center', '<w:rPr><w:b/></w:rPr>', 'Cambria', 'upperRoman');
    const read = async (bytes: Uint8Array) => {
      const doc = await readBytes(bytes);
      return [doc.text, doc.paragraphs?.[0]?.align, doc.paragraphs?.[0]?.bold, doc.paragraphs?.[0]?.fontName];
    };
    const expected = {
      first: ['I. MỤC ĐÍCH', 'center', true, 'Times New Roman'],
      second: ['1. MỤC ĐÍCH', 'right', false, 'Arial'],
      onlyTheme: ['I. MỤC ĐÍCH', 'center', true, 'Cambria'],
    };
    for (const [bytes, want] of [
      [first, expected.first],
      [first, expected.first],
      [second, expected.second],
      [first, expected.first],
      [onlyTheme, expected.onlyTheme],
      [first, expected.first],
    ] as const)
      expect(await read(bytes)).toEqual(want);
    // Styles nested deeper (6) than the document (5): read once, then refused under a limit of 5.
    const deep = makeDocx(p('Nội dung'), {
      'word/styles.xml':
        `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:style w:type="paragraph" w:styleId="A"><w:rPr><w:rFonts w:ascii="X"><w:x><w:y/></w:x></w:rFonts></w:rPr></w:style></w:styles>`,
    });
    expect((await readBytes(deep)).text).toBe('Nội dung');
    expect((await readErrorOf(() => readBytes(deep, { limits: { maxXmlDepth: 5 } }))).code).toBe('xml-too-deep');
  });

  it('renders list labels from numbering.xml, counting per level', async () => {
    const numbering =
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:suff w:val="space"/></w:lvl>` +
      `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>` +
      `<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:suff w:val="space"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const item = (level: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const doc = await readBytes(
      makeDocx(
        [
          item(0, 'MỤC ĐÍCH'),
          item(1, 'Mục đích'),
          item(1, 'Yêu cầu'),
          item(2, 'cụ thể'),
          item(3, 'ý'),
          item(0, 'NHIỆM VỤ'),
          item(1, 'Tuyên truyền'),
        ].join(''),
        { 'word/numbering.xml': numbering },
      ),
    );
    expect(lines(doc)).toEqual([
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      '2. Yêu cầu',
      'a)\tcụ thể',
      '• ý',
      'II. NHIỆM VỤ',
      '1. Tuyên truyền',
    ]);
  });
});

describe('docx reader armour', () => {
  it('refuses a DOCTYPE (entity expansion) in any part', async () => {
    const bomb = makeDocx('', {});
    const files = unzipSync(bomb);
    files['word/document.xml'] = strToU8(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>',
    );
    expect((await readErrorOf(() => readBytes(zipSync(files)))).code).toBe('xml-entities');
  });

  it('stops at XML nested deeper than the limit', async () => {
    const deep = '<w:sdt>'.repeat(300) + p('x') + '</w:sdt>'.repeat(300);
    expect((await readErrorOf(() => readBytes(makeDocx(deep)))).code).toBe('xml-too-deep');
    await expect(readBytes(makeDocx(deep), { limits: { maxXmlDepth: 1000 } })).resolves.toMatchObject({ text: 'x' });
  });

  it('refuses zip bombs: too many entries, too much uncompressed data', async () => {
    const many: Record<string, Uint8Array> = unzipSync(makeDocx(p('x')));
    for (let i = 0; i < 50; i++) many[`junk/${i}.xml`] = strToU8('<a/>');
    const entries = await readErrorOf(() => readBytes(zipSync(many), { limits: { maxZipEntries: 20 } }));
    expect(entries.code).toBe('zip-bomb');
    expect(entries.vi).toContain('quá nhiều');
    const big = makeDocx(p('x'.repeat(200_000)));
    const size = await readErrorOf(() => readBytes(big, { limits: { maxUncompressedBytes: 100_000 } }));
    expect(size.code).toBe('zip-bomb');
  });

  it('names corrupt, truncated and foreign zips', async () => {
    const docx = fixture('plan-001.docx');
    expect((await readErrorOf(() => readBytes(docx.subarray(0, docx.length / 2)))).code).toBe('corrupt-zip');
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const foreign = await readErrorOf(() => readBytes(xlsx));
    expect(foreign.code).toBe('unsupported');
    expect(foreign.en).toContain('Excel');
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect((await readErrorOf(() => readBytes(broken))).code).toBe('corrupt-document');
  });

  it('stops a long walk at the time limit', async () => {
    const long = makeDocx(p('Một đoạn văn.').repeat(20_000));
    expect((await readErrorOf(() => readBytes(long, { limits: { timeoutMs: 1 } }))).code).toBe('timeout');
    await expect(readBytes(long)).resolves.toMatchObject({ format: 'docx' });
  });

  it('says when a document has no text', async () => {
    const error = await readErrorOf(() => readBytes(makeDocx(p('') + p('   '))));
    expect(error.code).toBe('no-text');
  });

  it('recognises a password-protected .docx (an OLE2 EncryptedPackage) and a .doc named .docx', async () => {
    const ole = (stream: string): Uint8Array => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(
        [...stream].flatMap((ch) => [ch.charCodeAt(0), 0]),
        1024,
      );
      return bytes;
    };
    expect((await readErrorOf(() => readBytes(ole('EncryptedPackage'), { name: 'x.docx' }))).code).toBe('encrypted');
    expect((await readErrorOf(() => readBytes(fixture('plan-001.doc'), { name: 'ke-hoach.docx' }))).code).toBe(
      'doc-as-docx',
    );
    expect((await readErrorOf(() => readBytes(fixture('plan-001.doc'), { name: 'ke-hoach.doc' }))).code).toBe(
      'needs-node',
    );
  });

  it('reads a .docx whatever its name says', async () => {
    await expect(readBytes(fixture('plan-001.docx'), { name: 'ke-hoach.doc' })).resolves.toMatchObject({
      format: 'docx',
    });
  });
});
