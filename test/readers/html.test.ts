import { describe, expect, it } from 'vitest';
import { readBytes } from '@soat/checker/readers';
import type { ExtractedDocument } from '@soat/checker';
import { fixture, fixtureText, readErrorOf } from './helpers';

const html = (source: string): Promise<ExtractedDocument> => readBytes(new TextEncoder().encode(source));

describe('html reader', () => {
  it('cuts text at block elements, collapses whitespace, decodes entities, skips head/script/style', async () => {
    const doc = await html(
      `<!DOCTYPE html><html><head><title>Không lấy</title><style>p{}</style></head><body>
        <h1>KẾ   HOẠCH</h1>
        <p>Căn cứ&nbsp;Luật &amp; Nghị định&#160;số 30/2020/NĐ-CP;<br>dòng mới</p>
        <script>var x = "<p>không</p>";</script>
        <div>Một <b>đoạn</b> <i>có</i> định dạng</div>
        <ul><li>Công an xã</li><li>Trạm y tế</li></ul>
      </body></html>`,
    );
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(
      'KẾ HOẠCH\nCăn cứ\u00a0Luật & Nghị định\u00a0số 30/2020/NĐ-CP;\ndòng mới\nMột đoạn có định dạng\nCông an xã\nTrạm y tế',
    );
  });

  it('locates each block by the line and column of its first character in the source', async () => {
    const source = '<html><body>\n<p>Một</p>\n  <div>\n    Hai <b>ba</b></div>\n</body></html>';
    const doc = await html(source);
    expect(doc.blocks).toEqual([
      { range: [0, 3], locator: { kind: 'html', line: 2, column: 4 } },
      { range: [4, 10], locator: { kind: 'html', line: 4, column: 5 } },
    ]);
  });

  it('numbers ordered list items as the browser shows them', async () => {
    const doc = await html(
      '<ol type="I"><li>MỤC ĐÍCH</li></ol><ol type="I" start="2"><li>NHIỆM VỤ</li><li>TỔ CHỨC</li></ol><ol><li>một</li></ol>',
    );
    expect(doc.text).toBe('I. MỤC ĐÍCH\nII. NHIỆM VỤ\nIII. TỔ CHỨC\n1. một');
  });

  it('reads a small layout table column by column and larger tables row by row', async () => {
    const header =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ ĐẠI SƠN</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr>' +
      '<tr><td>Số: 12/KH-UBND</td><td>Đại Sơn, ngày 05 tháng 01 năm 2026</td></tr></table>';
    const data =
      '<table><tr><td>STT</td><td>Nội dung</td><td>Đơn vị</td></tr><tr><td>1</td><td>Tuyên truyền</td><td>Công an xã</td></tr></table>';
    expect((await html(header)).text).toBe(
      'ỦY BAN NHÂN DÂN\nXÃ ĐẠI SƠN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐại Sơn, ngày 05 tháng 01 năm 2026',
    );
    expect((await html(data)).text).toBe('STT\nNội dung\nĐơn vị\n1\nTuyên truyền\nCông an xã');
  });

  it('drops footnote anchors and tracked deletions, converts text in legacy fonts', async () => {
    const doc = await html(
      '<p>Hải Phòng.<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a> Xem<a href="#_ftn2" name="_ftnref2">[2]</a></p>' +
        '<p>Giữ <del>bỏ</del>lại</p>' +
        '<p><font face=".VnTime">Céng hoµ x· héi chñ nghÜa ViÖt Nam</font></p>' +
        '<p style="font-family: \'VNI-Times\'">Ñoäc laäp - Töï do</p>',
    );
    expect(doc.text).toBe('Hải Phòng. Xem\nGiữ lại\nCộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do');
    expect(doc.notices?.map((n) => n.messageId).sort()).toEqual(['tcvn3', 'vni']);
  });

  it('reads Word "Save as Web Page" markup: conditional comments, list numbers as text, footnote marks dropped', async () => {
    const doc = await html(
      `<html><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties></xml><![endif]--></head><body><div class=WordSection1>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>I.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><b>MỤC ĐÍCH<o:p></o:p></b></p>
<p class=MsoNormal>Nội dung<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a></p>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Chú thích.</p></div>
</div></body></html>`,
    );
    expect(doc.text).toBe('I.\u00a0\u00a0 MỤC ĐÍCH\nNội dung\nChú thích.');
  });

  it('honours a declared charset', async () => {
    const head = new TextEncoder().encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>',
    );
    const body = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]); // "Vie^.t Nam" in Windows-1258
    const tail = new TextEncoder().encode('</p></body></html>');
    const doc = await readBytes(new Uint8Array([...head, ...body, ...tail]));
    expect(doc.encoding).toBe('windows-1258');
    expect(doc.text.normalize('NFC')).toBe('Việt Nam');
  });

  it('reads a page declared Windows-1252 (Word\'s "Web Page" export) with its dashes and quotes, as a browser does', async () => {
    const page = (charset: string, body: number[]) =>
      new Uint8Array([
        ...new TextEncoder().encode(`<html><head><meta charset="${charset}"></head><body><p>`),
        ...body,
        ...new TextEncoder().encode('</p></body></html>'),
      ]);
    // "Độc lập – Tự do" as Word saves it: its letters as character references, the en dash as the byte 0x96.
    const body = [
      ...new TextEncoder().encode('&#272;&#7897;c l&#7853;p '),
      0x96,
      ...new TextEncoder().encode(' T&#7921; do '),
      0x85,
    ];
    for (const charset of ['windows-1252', 'iso-8859-1'])
      expect((await readBytes(page(charset, body))).text).toBe('Độc lập – Tự do …');
  });

  it('says when a page has no text', async () => {
    expect(
      (await readErrorOf(() => html('<html><head><title>x</title></head><body><p> </p></body></html>'))).code,
    ).toBe('no-text');
  });

  it('reads the LibreOffice export of the plan like the .docx (less its tracked deletion, which LibreOffice prints)', async () => {
    const doc = await readBytes(fixture('plan-001.html'));
    const expected = fixtureText('plan-001.txt')
      .split('\n')
      .filter((line) => line !== '');
    const lines = doc.text.split('\n').map((line) => line.replace(' (bản dự thảo lần 1)', ''));
    expect(lines).toEqual(expected);
  });
});
