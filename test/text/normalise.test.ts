import { fold, normalise, splitSentences } from '@soat/checker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The working text's paragraphs, as text. */
const paragraphsOf = (w: ReturnType<typeof normalise>) => w.paragraphs.map((p) => w.text.slice(...p));

/** `text`, found in the working text, maps back to the same text in the original. */
function expectMapsBack(original: string, text: string): void {
  const w = normalise(original);
  const at = w.text.indexOf(text);
  const [s, e] = w.map.toOriginal([at, at + text.length]);
  expect(original.slice(s, e)).toBe(text);
}

describe('normalise', () => {
  it('joins a top-level heading in capitals wrapped onto a second line, not a lettered heading under it', () => {
    const w = normalise('IV. TỔ CHỨC\nTHỰC HIỆN\n\n1. Văn phòng theo dõi.\n\nII. NỘI DUNG\nA. NHIỆM VỤ CHUNG\n');
    expect(paragraphsOf(w)).toEqual([
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng theo dõi.',
      'II. NỘI DUNG',
      'A. NHIỆM VỤ CHUNG',
    ]);
  });

  it('joins a top-level heading broken after its number ("I." / "ĐÁNH GIÁ …", a PDF line), not a sentence after one', () => {
    const w = normalise(
      'với những nội dung sau:\nI.\nĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI\n- Từ ngày 15/11.\nII.\nTừ ngày 20/11.\n',
    );
    expect(paragraphsOf(w)).toEqual([
      'với những nội dung sau:',
      'I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI',
      '- Từ ngày 15/11.',
      'II.',
      'Từ ngày 20/11.',
    ]);
  });

  it('joins an item broken after its number ("2." / "Tăng cường …", a web copy), a bullet after its mark or a body\'s head noun ("4. Vụ" / "Pháp chế"), not one before another item', () => {
    const text =
      'II. NHIỆM VỤ\n1.\nTập trung hoàn thiện thể chế\n- Rà soát văn bản.\n2.\n3. Tuyển sinh.\na)\nBáo cáo Bộ.\n-\nNghiêm túc báo cáo.\n-\n- Đôn đốc.\n4. Vụ\nPháp chế\n5. Văn phòng Bộ\nTổng hợp.\n6. Cục\n- Rà soát.\n';
    const w = normalise(text);
    expect(paragraphsOf(w)).toEqual([
      'II. NHIỆM VỤ',
      '1. Tập trung hoàn thiện thể chế',
      '- Rà soát văn bản.',
      '2.',
      '3. Tuyển sinh.',
      'a) Báo cáo Bộ.',
      '- Nghiêm túc báo cáo.',
      '-',
      '- Đôn đốc.',
      '4. Vụ Pháp chế',
      '5. Văn phòng Bộ',
      'Tổng hợp.',
      '6. Cục',
      '- Rà soát.',
    ]);
    const [, item] = w.paragraphs;
    expect(text.slice(...w.map.toOriginal(item!))).toBe('1.\nTập trung hoàn thiện thể chế');
  });

  it('joins hard-wrapped lines of a double-spaced PDF extraction and maps back to the original', () => {
    const original =
      'Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng \n\nủy xã thực hiện Nghị quyết số 55-NQ/TU ngày 20/01/2026 của Ban Thường vụ \n\nTỉnh ủy về lãnh đạo. \n\nI. MỤC ĐÍCH, YÊU CẦU \n\n1. Mục đích \n\n';
    const w = normalise(original);
    expect(paragraphsOf(w)).toEqual([
      'Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy xã thực hiện Nghị quyết số 55-NQ/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy về lãnh đạo.',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
    ]);
    expectMapsBack(original, 'Tỉnh ủy');
  });

  it('reads a Markdown pipe table (a web page converted to text) as the page: each cell and line on its own', () => {
    const original = [
      '| BỘ TÀI CHÍNH -------  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '| --- | --- |',
      '| Số: 683/BTC-CST *V/v chính sách thuế* | *Hà Nội, ngày 19 tháng 01 năm 2026* |',
      'Bộ Tài chính trả lời Công ty để biết./.',
      '| *Nơi nhận:* - Như trên; - Lưu: VT, CST. | KT. BỘ TRƯỞNG     Lưu Đức Huy |',
    ].join('\n');
    const w = normalise(original);
    expect(paragraphsOf(w)).toEqual([
      'BỘ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 683/BTC-CST',
      'V/v chính sách thuế',
      'Hà Nội, ngày 19 tháng 01 năm 2026',
      'Bộ Tài chính trả lời Công ty để biết./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, CST.',
      'KT. BỘ TRƯỞNG',
      'Lưu Đức Huy',
    ]);
    expectMapsBack(original, 'Lưu Đức Huy');
    // A "|" inside a line that is no table row stays as it is, and so does a data table of three columns or more.
    expect(normalise('Tỷ lệ | đạt 90%').text).toBe('Tỷ lệ | đạt 90%');
    const tasks =
      '| STT | Việc cần làm | Đơn vị chủ trì |\n|---|---|---|\n| 1 | Rà soát từng hộ | Phòng Văn hóa - Xã hội |';
    expect(normalise(tasks).text).toBe(tasks);
  });

  it('reads a web copy that writes its layout table one cell a line ("|" between cells) as the page', () => {
    // The shape of a thuvienphapluat page converted to text (fixtures/real/daklak-kh-0125-2025-thi-dua-bau-cu.txt).
    const original = [
      '|',
      '**ỦY BAN NHÂN DÂN**',
      'TỈNH ĐẮK LẮK',
      '|',
      'Số: 0125/KH-UBND',
      '|',
      '*Đắk Lắk, ngày 18',
      'tháng 11 năm 2025*',
      '|',
      '',
      '**KẾ HOẠCH**',
      '',
      '**VI. TỔ CHỨC',
      'THỰC HIỆN**',
      '',
      '**6. Sở Nội vụ: **Tham mưu UBND',
      'tỉnh theo dõi./.',
      '|',
      'Nơi nhận:',
      '- Bộ Nội vụ;',
      '- Lưu: VT, NV (V-10b).',
      '|',
      '**KT. CHỦ TỊCH**',
      'PHÓ CHỦ TỊCH',
      // A line that opens with an emphasis mark is an element of its own: the signer's name is not a wrap.
      '**Đào Mỹ**',
      '* Một mục liệt kê',
      '|',
    ].join('\n');
    const w = normalise(original);
    expect(paragraphsOf(w)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'Số: 0125/KH-UBND',
      'Đắk Lắk, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      // A line break inside an emphasis still open is a wrap: the heading is one line again.
      'VI. TỔ CHỨC THỰC HIỆN',
      '6. Sở Nội vụ: Tham mưu UBND tỉnh theo dõi./.',
      'Nơi nhận:',
      '- Bộ Nội vụ;',
      '- Lưu: VT, NV (V-10b).',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đào Mỹ',
      '* Một mục liệt kê',
    ]);
    expectMapsBack(original, 'THỰC HIỆN');
    expectMapsBack(original, 'Đắk Lắk, ngày 18');
    // Two cell borders are not yet a web copy: the asterisks of an ordinary text stay.
    expect(normalise('|\nGhi chú (*)\n|\n**Lưu ý**').text).toBe('|\nGhi chú (*)\n|\n**Lưu ý**');
  });

  it('drops the marks of a Markdown heading in a web copy ("# QUYẾT ĐỊNH", "#" alone): the title is a line of its own', () => {
    // Quyết định 2702/QĐ-UBND, Quảng Trị, 2025, as thuvienphapluat gives it.
    const original = [
      '|',
      'Số: 2702/QĐ-UBND',
      '|',
      '*Quảng Trị, ngày',
      '18 tháng 11 năm 2025*',
      '|',
      '# QUYẾT ĐỊNH',
      'CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ',
      '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**',
      '# QUYẾT ĐỊNH:',
      '**Điều 1. **Công bố thủ tục./.',
      '#',
      '|',
    ].join('\n');
    const paragraphs = paragraphsOf(normalise(original));
    expect(paragraphs).toContain('QUYẾT ĐỊNH');
    expect(paragraphs).toContain('QUYẾT ĐỊNH:');
    expect(paragraphs.some((p) => p.includes('#'))).toBe(false);
    expectMapsBack(original, 'QUYẾT ĐỊNH');
  });

  it('ends an emphasis the page left open with its cell: the title after the date line stays a line of its own', () => {
    // Quyết định 01814/QĐ-UBND, Cà Mau, 2025: the date cell's marks leave bold open ("** *"), and "** **" follows.
    const original = [
      '|',
      '**ỦY BAN NHÂN DÂN**',
      'TỈNH CÀ MAU',
      '|',
      'Số: 01814/QĐ-UBND',
      '|',
      '*Cà Mau, ngày 21 tháng 11 năm 2025** *',
      '|',
      '** **',
      '**QUYẾT ĐỊNH**',
      'CÔNG BỐ THỦ TỤC HÀNH CHÍNH',
    ].join('\n');
    const paragraphs = paragraphsOf(normalise(original));
    expect(paragraphs).toContain('Cà Mau, ngày 21 tháng 11 năm 2025');
    expect(paragraphs).toContain('QUYẾT ĐỊNH');
  });

  it('joins the number line\'s label alone on its line to the number under it ("Số:" / "2568/QĐ-UBND")', () => {
    // A thuvienphapluat copy whose header cell wraps after the label (Quyết định 2568/QĐ-UBND, Cần Thơ, 2025).
    const original = [
      '|',
      'Số:',
      '2568/QĐ-UBND',
      '|',
      '*Cần Thơ, ngày',
      '21 tháng 11 năm 2025*',
      '|',
      'Số:',
      'Họ và tên',
    ].join('\n');
    const paragraphs = paragraphsOf(normalise(original));
    expect(paragraphs).toContain('Số: 2568/QĐ-UBND');
    expect(paragraphs).toContain('Họ và tên');
    expectMapsBack(original, '2568/QĐ-UBND');
  });

  it("ends a legal database's page at its title above the footer of related documents, offsets kept", () => {
    // A thuvienphapluat page saved as text (Quyết định 2015/QĐ-UBND, An Giang, 2025): the document, then the page's title
    // of it, its notice, its title again and the related documents with their dates.
    const document = ['**TM. ỦY BAN NHÂN DÂN**', 'CHỦ TỊCH', 'Hồ Văn Mừng', '|'].join('\n');
    const footer = [
      'Quyết định 2015/QĐ-UBND năm 2025 công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung',
      'Văn bản này chưa cập nhật nội dung Tiếng Anh',
      'Quyết định 2015/QĐ-UBND ngày 18/11/2025 công bố Danh mục thủ tục hành chính',
      '## Văn bản liên quan',
      'Ban hành:',
      '25/11/2025',
      'Hiệu lực: Đã biết',
    ].join('\n');
    const w = normalise(`${document}\n${footer}`);
    expect(w.original).toBe(`${document}\n${footer}`);
    expect(w.text).not.toContain('Quyết định 2015');
    expect(w.text).not.toContain('25/11/2025');
    expect(
      paragraphsOf(w)
        .filter((p) => /\p{L}/u.test(p))
        .at(-1),
    ).toBe('Hồ Văn Mừng');
    expectMapsBack(`${document}\n${footer}`, 'Hồ Văn Mừng');
    // Without the page's title above it, the footer starts at its notice; a document without one is read whole.
    expect(normalise(`${document}\n${footer.split('\n').slice(1).join('\n')}`).text).not.toContain('Quyết định');
    expect(normalise(`${document}\nVăn bản này chưa cập nhật nội dung Tiếng Anh, bản dịch sau.`).text).toContain(
      'bản dịch',
    );
  });

  it("keeps a signer's name in Đ… or Ủ… under the position in capitals on a line of its own", () => {
    // [à-ỹ] holds Đ (U+0110) and Ủ (U+1EE6): such a name was read as a lower-case wrap of "PHÓ CHỦ TỊCH".
    for (const name of ['Đào Mỹ', 'Đặng Văn Hòa', 'Nguyễn Văn B'])
      expect(normalise(`KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${name}`).text).toBe(`KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${name}`);
    // A sentence wrapped after a line that is not in capitals is still joined.
    expect(normalise('Các sở, ngành có trách nhiệm phối hợp với\nđơn vị chủ trì.').text).toBe(
      'Các sở, ngành có trách nhiệm phối hợp với đơn vị chủ trì.',
    );
  });

  it('keeps the trích yếu in lower case under the title on a line of its own', () => {
    // "KẾ HOẠCH" / "về việc …" was read as one paragraph: the document had no title, so no type and no trích yếu.
    // "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Kết luận số 75-KL/TW …" (Tỉnh ủy Lào Cai's 104-CTr/TU, fresh-18) too.
    for (const title of ['KẾ HOẠCH', 'QUYẾT ĐỊNH:', 'THÔNG BÁO', 'CHƯƠNG TRÌNH HÀNH ĐỘNG'])
      expect(normalise(`${title}\nvề việc tổ chức hội nghị\ncử tri năm 2026`).text).toBe(
        `${title}\nvề việc tổ chức hội nghị cử tri năm 2026`,
      );
    // A line in capitals that is no type name alone is still joined to its lower-case wrap.
    expect(normalise('KẾ HOẠCH TỔ CHỨC\nhội nghị cử tri').text).toBe('KẾ HOẠCH TỔ CHỨC hội nghị cử tri');
  });

  it('reads a line in Đ… or Ủ… as starting with a capital, not as a lower-case wrap', () => {
    // [à-ỹ] holds Đ (U+0110) and Ủ (U+1EE6): "Ủy ban …" was glued to "Kính gửi: Công an tỉnh", "Để …" to a heading.
    expect(
      normalise('Kính gửi: Công an tỉnh\nỦy ban nhân dân tỉnh nhận được Kế hoạch số 1014/KH-C04-P6.').paragraphs,
    ).toHaveLength(2);
    expect(normalise('III. TỔ CHỨC THỰC HIỆN\nĐể chủ động triển khai, các đơn vị thực hiện.').paragraphs).toHaveLength(
      2,
    );
    expect(normalise('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc').paragraphs).toHaveLength(2);
    // The lettered point "đ)" starts an element of its own, as "a)" does.
    expect(normalise('d) Điểm d của mục này còn tiếp\nđ) Điểm đ').paragraphs).toHaveLength(2);
  });

  it('composes NFC, CRLF, NBSP and invisible characters into one offset map', () => {
    const original = '\ufeffNơi\u00a0nhận:\r\n- Ủy ban\u200b nhân dân xã;\r\n'.normalize('NFD');
    const w = normalise(original);
    expect(w.text).toBe('Nơi nhận:\n- Ủy ban nhân dân xã;');
    const at = w.text.indexOf('Ủy ban');
    const [s, e] = w.map.toOriginal([at, at + 6]);
    expect(original.slice(s, e).normalize('NFC')).toBe('Ủy ban');
  });

  it('joins a wrapped line that starts with a year or a date, not with a row number', () => {
    // The Tỉnh ủy Lào Cai's 34-NQ/TU, scanned (fresh-21): a title cut at "thời kỳ 2021 -" lost the rest of its words.
    const wide = 'Hoàn thành việc điều chỉnh quy hoạch tỉnh Lào Cai thời kỳ 2021 -';
    expect(normalise(`${wide}\n2030, tầm nhìn đến năm 2050.`).paragraphs).toHaveLength(1);
    expect(normalise(`${wide}\n01/01/2026 theo kế hoạch.`).paragraphs).toHaveLength(1);
    // A row of a table written "1 | …" one to a line is no wrap.
    expect(normalise(`${wide}\n2 | Rà soát các dự án | Sở Công Thương`).paragraphs).toHaveLength(2);
  });

  it("keeps a table's tab-separated rows apart and maps their cells back", () => {
    // Cái Răng ward's task table (fresh-22), a copy of a Word table: its rows were joined as one wrapped paragraph.
    const original =
      'STT\tNội dung\tĐơn vị chủ trì\n1\tTổ chức hội nghị quán triệt Chương trình\tCông an phường\n2\tTuyên truyền trên loa truyền thanh\tPhòng Văn hóa - Xã hội\n';
    const w = normalise(original);
    expect(paragraphsOf(w)).toEqual([
      'STT Nội dung Đơn vị chủ trì',
      '1 Tổ chức hội nghị quán triệt Chương trình Công an phường',
      '2 Tuyên truyền trên loa truyền thanh Phòng Văn hóa - Xã hội',
    ]);
    expectMapsBack(original, 'Tuyên truyền');
  });

  it("reads the page's width from its running lines, not from a table's rows one line each", () => {
    // Nghị quyết 97/NQ-CP (fresh-37): the PDF reader gives each row of its appendix as one long line of tab-parted
    // cells; counted in the width, they made the preamble's wrapped căn cứ look short, and left it unjoined.
    const lines = Array.from({ length: 9 }, (_, i) => `Căn cứ Luật số ${i + 10}/2025/QH15 ngày 18 tháng 02 năm 2025;`);
    const row = (n: number) =>
      `${n}\t${'Thực hiện nghiêm quy định về xây dựng và thi hành pháp luật '.repeat(3)}\tBộ Tư pháp`;
    const text = [
      ...lines,
      'Căn cứ Chương trình số 12-CTr/BCĐ ngày 30 tháng 12 năm 2025 của',
      'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật;',
      ...[1, 2, 3, 4].map(row),
    ].join('\n');
    expect(paragraphsOf(normalise(text))[9]).toBe(
      'Căn cứ Chương trình số 12-CTr/BCĐ ngày 30 tháng 12 năm 2025 của Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật;',
    );
  });
  it('keeps a short heading apart from the paragraph that follows it', () => {
    const w = normalise(
      '3. Công tác phối hợp\nTăng cường phối hợp chặt chẽ giữa chính quyền với Mặt trận Tổ quốc trong công tác tuyên truyền.',
    );
    expect(w.paragraphs).toHaveLength(2);
  });

  it('never loses offsets: every working range maps inside the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 400 }), (s, k) => {
        const w = normalise(s);
        expect(w.folded.length).toBe(w.text.length);
        const start = Math.min(k, w.text.length);
        const [a, b] = w.map.toOriginal([start, w.text.length]);
        expect(0 <= a && a <= b && b <= s.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no space but " ", "\\n", U+2028 and U+2029 (the citation pattern counts on it) (property)', () => {
    const spaces = fc.constantFrom(...'\t\v\f\r\n \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(spaces, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 80 }),
        (parts) => {
          const w = normalise(parts.join(''));
          expect(w.folded.replace(/[ \n\u2028\u2029]/g, '')).not.toMatch(/\s/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fold', () => {
  it('reads a Cyrillic or Greek letter drawn like a Latin one as that letter, one unit for one unit', () => {
    // "củа" with Cyrillic а (U+0430), "Кiểm" with Cyrillic К, "Cοng" with Greek ο: what a matcher must still find.
    expect(fold('củ\u0430 \u041Aiểm C\u03BFng')).toBe('cua kiem cong');
    // Letters with no Latin twin are kept: a Greek symbol or a wholly Cyrillic word matches nothing Vietnamese.
    expect(fold('\u03BCm \u0394t \u043A')).toBe('\u03BCm \u03B4t \u043A');
  });
  it('folds Vietnamese letters, case and dashes one unit for one unit', () => {
    for (const variant of ['NƠI NHẬN', 'Nơi nhận', 'Noi nhan', 'Nơi nhận'.normalize('NFD').normalize('NFC')]) {
      expect(fold(variant)).toBe('noi nhan');
    }
    expect(fold('Đảng – Nhà nước')).toBe('dang - nha nuoc');
    expect(fold('ỷ ỹ ỵ Ỷ')).toBe('y y y y');
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text, [0, text.length]).map((r) => text.slice(...r));
  it('does not split after authority abbreviations, numbering, dates, symbols or ./.', () => {
    expect(split('TM. ỦY BAN NHÂN DÂN')).toEqual(['TM. ỦY BAN NHÂN DÂN']);
    expect(
      split(
        '1. Tổ chức quán triệt Kế hoạch số 73/KH-UBND ngày 20/01/2026 của UBND xã. Đề nghị các đơn vị thực hiện./.',
      ),
    ).toEqual([
      '1. Tổ chức quán triệt Kế hoạch số 73/KH-UBND ngày 20/01/2026 của UBND xã.',
      'Đề nghị các đơn vị thực hiện./.',
    ]);
    expect(split('Ông Nguyễn Văn A. Phó Chủ tịch dự họp.')).toEqual(['Ông Nguyễn Văn A. Phó Chủ tịch dự họp.']);
    expect(split('KT. CHỦ TỊCH và TP. Hải Phòng. Xong')).toEqual(['KT. CHỦ TỊCH và TP. Hải Phòng.', 'Xong']);
  });
});
