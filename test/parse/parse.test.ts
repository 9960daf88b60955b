import { normalise, parseDocument } from '@soat/checker';
import { describe, expect, it } from 'vitest';
import { documentCases, SEED_CASES } from '../fixtures';
import type { Section } from '../../packages/checker/src/parse';

const seeds = documentCases().filter((c) => SEED_CASES.includes(c.name));

describe('parseDocument on the seeds', () => {
  it.each(seeds)('$name: every recognised part round-trips (text.slice(range))', ({ input }) => {
    const w = normalise(input);
    const doc = parseDocument(w);
    const ranges = [
      doc.title?.range,
      doc.summary,
      ...doc.preamble,
      doc.recipients?.heading,
      ...(doc.recipients?.items ?? []),
      doc.signature?.name,
      ...(doc.signature?.authority ?? []),
    ].filter((r): r is readonly [number, number] => Boolean(r));
    for (const r of ranges) {
      const [s, e] = w.map.toOriginal(r);
      // The original slice is the recognised text, up to white space (wraps joined, NBSP, line endings).
      const squash = (t: string) => t.normalize('NFC').replace(/\s+/g, '');
      expect(squash(input.slice(s, e))).toBe(squash(w.text.slice(...r)));
    }
  });

  it('reads the OCR header of seed 002 (two columns on one line)', () => {
    const w = normalise(seeds.find((c) => c.name === '002-son-duong-ocr')!.input);
    const doc = parseDocument(w);
    const text = (r: readonly [number, number] | null | undefined) => (r ? w.text.slice(...r) : null);
    expect(doc.header.issuingBody.map(text)).toEqual(['UY BAN NHAN DAN', 'XA SON DUONG']);
    expect(text(doc.header.numberLine?.symbol)).toBe('73/KH-UBND');
    expect(doc.header.dateLine).toMatchObject({ day: 9, month: 3, year: 2026 });
    expect(text(doc.header.dateLine?.place)).toBe('Son Duong');
    expect(doc.sections.map((s) => s.numbering)).toEqual(['I', 'II', 'III']);
    expect(text(doc.signature?.authority[0])).toBe('TM. UY BAN NHAN DAN');
    expect(text(doc.signature?.name)).toBe('Dwong Van Tuan');
  });

  it('builds the section tree and the ending of seed 000', () => {
    const w = normalise(seeds.find((c) => c.name === '000-son-duong')!.input);
    const doc = parseDocument(w);
    const text = (r: readonly [number, number]) => w.text.slice(...r);
    expect(doc.sections.map((s) => [s.numbering, text(s.title), s.children.length])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 2],
      ['II', 'NHIỆM VỤ, GIẢI PHÁP', 5],
      ['III', 'TỔ CHỨC THỰC HIỆN', 6],
    ]);
    expect(text(doc.sections[2]!.children[1]!.title)).toBe('Phòng Văn hóa - Xã hội');
    expect(doc.recipients?.items).toHaveLength(9);
    expect(doc.signature && [...doc.signature.authority, ...doc.signature.positions].map(text)).toEqual([
      'TM. UỶ BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(doc.closing && text(doc.closing.mark!)).toBe('./.');
  });

  it('puts the lettered points under the sub-numbered item before them (I. / 1. / 1.1. / a))', () => {
    const w = normalise(
      'KẾ HOẠCH\nKiểm tra\n3. Đối tượng, nội dung\n3.1. Đối tượng\n3.2. Nội dung\na) Hồ sơ\nb) Thực địa\n3.3. Thời gian\n4. Tổ chức\na) Đoàn',
    );
    const tree = (sections: readonly Section[]): unknown[] =>
      sections.map((s) => [s.numbering, ...(s.children.length ? [tree(s.children)] : [])]);
    expect(tree(parseDocument(w).sections)).toEqual([
      ['3', [['3.1'], ['3.2', [['a'], ['b']]], ['3.3']]],
      ['4', [['a']]],
    ]);
  });

  it("reads the parts of a plan whose numbers were lost (a .doc with Word's automatic numbering)", () => {
    const w = normalise(documentCases().find((c) => c.name === '000-son-duong--unnumbered')!.input);
    const doc = parseDocument(w);
    expect(doc.sections.map((s) => [s.level, s.numbering, w.text.slice(...s.title)])).toEqual([
      [1, '', 'MỤC ĐÍCH, YÊU CẦU'],
      [1, '', 'NHIỆM VỤ, GIẢI PHÁP'],
      [1, '', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    // Only a part title in capitals, alone on its line, is such a heading.
    const parts = (text: string) => parseDocument(normalise(`KẾ HOẠCH\nDân vận\n${text}`)).sections.length;
    expect(parts('TỔ CHỨC THỰC HIỆN\nNHIỆM VỤ VÀ GIẢI PHÁP:')).toBe(2);
    expect(parts('Tổ chức thực hiện\nTỔ CHỨC THỰC HIỆN KẾ HOẠCH CỦA TỈNH ỦY')).toBe(0);
  });

  it('takes a top-level heading in sentence case where it continues the roman numbering or all are so written', () => {
    const tops = (text: string) => {
      const w = normalise(`KẾ HOẠCH\nQuan trắc\n${text}`);
      return parseDocument(w).sections.map((s) => `${s.numbering}. ${w.text.slice(...s.title)}`);
    };
    // Kế hoạch 0134/KH-UBND (Đắk Lắk, 2025) writes its last part so.
    expect(
      tops(
        'I. MỤC TIÊU\nQuan trắc.\nII. DỰ TOÁN KINH PHÍ\nNgân sách.\nIII. Tổ chức thực hiện.\n1. Sở Tài chính: thẩm định.',
      ),
    ).toEqual(['I. MỤC TIÊU', 'II. DỰ TOÁN KINH PHÍ', 'III. Tổ chức thực hiện.']);
    // Rows of an appendix's table of tasks restart the numbering; a sentence is no heading; nor is a first "I.".
    expect(tops('I. MỤC TIÊU\nII. NHIỆM VỤ\nPhụ lục\nI. Đổi mới công tác quản lý\nII. Hoàn thiện thể chế')).toEqual([
      'I. MỤC TIÊU',
      'II. NHIỆM VỤ',
    ]);
    expect(tops('I. MỤC TIÊU\nII. Các đơn vị thực hiện. Báo cáo kết quả trước ngày 15.')).toEqual(['I. MỤC TIÊU']);
    // A document that writes all its parts so: the run I., II. … in turn, two at least; a numeral out of turn ends it.
    expect(tops('I. Mục tiêu\nII. Nhiệm vụ\nIII. Tổ chức thực hiện\n1. Văn phòng theo dõi.')).toEqual([
      'I. Mục tiêu',
      'II. Nhiệm vụ',
      'III. Tổ chức thực hiện',
    ]);
    expect(tops('I. Mục tiêu\nII. Nhiệm vụ\nIV. Kinh phí')).toEqual(['I. Mục tiêu', 'II. Nhiệm vụ']);
    expect(tops('I. Mục tiêu\nTăng cường quản lý.\n1. Nhiệm vụ')).toEqual(['1. Nhiệm vụ']);
  });

  it('reads a Party document\'s parts numbered "I-", "II-" (Hướng dẫn 36-HD/VPTW)', () => {
    // The Politburo's Chương trình hành động 31-CTr/TW (fresh-18): "I- MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ CHỦ YẾU" …
    const w = normalise(
      'CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận 75\nI- MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hoá.\nII- NHIỆM VỤ CHỦ YẾU\n1. Tăng cường sự lãnh đạo\n2. Hoàn thiện thể chế\nIII- TỔ CHỨC THỰC HIỆN\n1. Đảng uỷ Chính phủ chỉ đạo.',
    );
    const doc = parseDocument(w);
    expect(doc.sections.map((s) => [s.numbering, w.text.slice(...s.title), s.children.length])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 1],
      ['II', 'NHIỆM VỤ CHỦ YẾU', 2],
      ['III', 'TỔ CHỨC THỰC HIỆN', 1],
    ]);
  });

  it('reads an item whose number a scan misread where the run skips it ("1 Đổi mới", "Š. Tập trung")', () => {
    // The Tỉnh ủy Lào Cai's 34-NQ/TU, scanned (fresh-21): items 1 and 5 were no sections, so "2." and "6." were out of
    // turn and the two tasks not listed.
    const numbers = (body: string) =>
      parseDocument(
        normalise(`NGHỊ QUYẾT\nvề khu công nghiệp\nII. NHIỆM VỤ\n${body}\nIII. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy.`),
      ).sections[0]!.children.map((s) => s.numbering);
    const items = [
      '1 Đổi mới sự lãnh đạo.',
      '2. Tăng cường quản lý.',
      'Š. Tập trung giải phóng mặt bằng.',
      '4. Thu hút đầu tư.',
    ];
    expect(numbers(items.join('\n'))).toEqual(['1', '2', '3', '4']);
    // Only the missing number, only in the gap: "3 Đổi mới" before "2." is a sentence; so is a gap's text in lower case.
    expect(numbers(['3 Đổi mới sự lãnh đạo.', ...items.slice(1)].join('\n'))).toEqual(['2', '3', '4']);
    expect(numbers(['1 Đổi mới.', '2. Quản lý.', 'Š. tập trung.', '4. Đầu tư.'].join('\n'))).toEqual(['1', '2', '4']);
  });

  it('reads a part number a scan ran together ("HI." for "III.": Bộ GDĐT\'s letter 3456, fresh-65)', () => {
    const parts = (third: string) =>
      parseDocument(
        normalise(
          ['KẾ HOẠCH', 'Về năng lực số', 'I. MỤC ĐÍCH', '1. Nâng cao.', 'II. NỘI DUNG', '1. Tập huấn.', third].join(
            '\n',
          ),
        ),
      ).sections.map((s) => s.numbering);
    expect(parts('HI. TỎ CHỨC THỰC HIỆN')).toEqual(['I', 'II', 'III']);
    // Not a word that starts a line, nor an "H" without the numeral's other strokes.
    expect(parts('Hi. Các đơn vị triển khai.')).toEqual(['I', 'II']);
    expect(parts('H. TỔ CHỨC THỰC HIỆN')).toEqual(['I', 'II']);
  });

  it('reads a point whose letter a scan misread as a mark ("ø)" for "g)", "©)" for "c)") as the next of its run', () => {
    // Chỉ thị 04/CT-UBND of Quảng Ngãi, scanned (fresh-31): its "g) Củng cố, kiện toàn đội ngũ giám định viên …".
    const points = (...lines: string[]) =>
      parseDocument(
        normalise(['CHỈ THỊ', 'Về phòng, chống tham nhũng', '1. Các sở:', ...lines].join('\n')),
      ).sections[0]!.children.map((s) => s.numbering);
    expect(points('d) Kiểm tra.', 'đ) Kiểm soát.', 'e) Tuyên truyền.', 'ø) Củng cố đội ngũ.')).toEqual([
      'd',
      'đ',
      'e',
      'g',
    ]);
    expect(points('a) Rà soát.', 'b) Lập danh mục.', '©) Lưu ý: danh mục.', 'd) Hướng dẫn.')).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    // Only right after a point, before a capital: not an item's text, nor a mark in a sentence.
    expect(points('Nội dung:', '©) Lưu ý.')).toEqual([]);
    expect(points('a) Rà soát.', '©) lưu ý.')).toEqual(['a']);
    // A mark the scan left before the next letter (Nghị quyết 66.25/2026/NQ-CP, fresh-63: "_b) Chỉ đạo …", "„ d) Chịu
    // …"); not before another letter than the run's next.
    expect(points('a) Rà soát.', '_b) Chỉ đạo.', 'c) Chuyển giao.', '„ d) Chịu trách nhiệm.')).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(points('a) Rà soát.', '_c) Chỉ đạo.')).toEqual(['a']);
    // A letter read as the digit it looks like (Bộ Tài chính's letter 8388/BTC-QLCS, fresh-62: "8) Thực hiện …" after
    // "e)"), the run's next only; not an item of a list numbered "1)", "2)" … under the point.
    expect(points('e) Căn cứ quy định.', '8) Thực hiện nhiệm vụ.')).toEqual(['e', 'g']);
    expect(points('a) Rà soát.', '6) Lập danh mục.', '0) Hướng dẫn.')).toEqual(['a', 'b']);
    expect(points('a) Rà soát.', '8) Thực hiện nhiệm vụ.')).toEqual(['a']);
    expect(points('e) Căn cứ quy định.', '1) Một việc.', '8) Thực hiện nhiệm vụ.')).toEqual(['e']);
  });

  it('reads a letter\'s first item a scan misread as "I." and a number misread as another between its neighbours', () => {
    // Bộ Tài chính's letter 8388/BTC-QLCS, scanned (fresh-62): "I. Tổ chức tuyên truyền …" before "2. Rà soát …" was
    // left in the preamble, and its fifth item read "3." between "4." and "6.", so soát listed none of its tasks.
    const letter = (first: string, fifth: string, sixth = '6.') =>
      parseDocument(
        normalise(
          [
            'BỘ TÀI CHÍNH',
            'Số: 8388/BTC-QLCS',
            'V/v triển khai Nghị định số 178/2026/NĐ-CP',
            'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.',
            'Bộ Tài chính đề nghị các địa phương lưu ý các nhiệm vụ trọng tâm sau:',
            `${first} Tổ chức tuyên truyền, phổ biến nội dung của Nghị định số`,
            '178/2026/NĐ-CP tới các cơ quan, tổ chức có liên quan.',
            '2. Rà soát các văn bản quy phạm pháp luật đã ban hành.',
            '3. Chỉ đạo chủ đầu tư bàn giao tài sản.',
            '4. Chỉ đạo rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng.',
            `${fifth} Đối với các Bộ quản lý chuyên ngành: công bố danh mục tài sản.`,
            `${sixth} Các Bộ, Ủy ban nhân dân cấp tỉnh chỉ đạo các cơ quan quản lý tài sản.`,
            'Nơi nhận:',
            '- Như trên;',
          ].join('\n'),
        ),
      ).sections.map((s) => s.numbering);
    expect(letter('I.', '3.')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(letter('1.', '5.')).toEqual(['1', '2', '3', '4', '5', '6']);
    // Not a number the neighbours leave open ("3." after "4." and before "7."), nor a "1" before a run that starts at "3.".
    expect(letter('I.', '3.', '7.')).toEqual(['1', '2', '3', '4', '3', '7']);
    expect(
      parseDocument(normalise('KẾ HOẠCH\nvề tài sản\nI. Tuyên truyền.\n3. Rà soát.\n4. Thống kê.')).sections.map(
        (s) => s.numbering,
      ),
    ).toEqual(['3', '4']);
  });

  it('takes no wrapped line that opens with a figure for an item ("61.035 người …", a group of thousands)', () => {
    // The Prime Minister's flood dispatch (fresh-46): "… sơ tán" / "61.035 người tại các khu vực …" read as an item 61,
    // so its items 1 … 12 did not run in turn and soát listed none of its tasks.
    const numbers = (body: string) =>
      parseDocument(
        normalise(`CHỈ THỊ\nvề phòng chống lũ\nII. NHIỆM VỤ\n${body}\nIII. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy.`),
      ).sections[0]!.children.map((s) => s.numbering);
    expect(
      numbers(['1. Sơ tán dân, đã di dời', '61.035 người đến nơi an toàn.', '2. Bảo đảm lương thực.'].join('\n')),
    ).toEqual(['1', '2']);
    // An item whose title opens with a figure after its number and a space is one.
    expect(numbers(['1. Sơ tán dân.', '2. 100% hộ dân có nước sạch.'].join('\n'))).toEqual(['1', '2']);
  });

  it('reads a trích yếu on past a line that ends in a count ("… thực hiện 02" / "Chương trình MTQG: …")', () => {
    // UBND tỉnh Quảng Ngãi's Thông báo 565 (fresh-25), a PDF: its trích yếu stopped before what it counts, and its
    // subject came out as "UBND tỉnh".
    const summary = (lines: string) => {
      const w = normalise(`THÔNG BÁO\n${lines}\nNgày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch chủ trì cuộc họp.`);
      return w.text.slice(...parseDocument(w).summary!);
    };
    // Past a line that ends in a count, or in a word joining it to the next (UBND tỉnh Thái Nguyên's Kế hoạch 19,
    // fresh-60: "… ngày 28/11/2025 của" / "Thủ tướng Chính phủ quy định lộ trình …"), with or without diacritics.
    for (const lines of [
      'Kết luận tại cuộc họp về tiến độ thực hiện 02\nChương trình MTQG: giảm nghèo bền vững',
      'Triển khai Quyết định số 43/2025/QĐ-TTg của\nThủ tướng Chính phủ về khí thải',
      'Trien khai Quyet dinh so 43/2025/QD-TTg cua\nThu tuong Chinh phu ve khi thai',
    ])
      expect(summary(lines)).toBe(lines);
    // Not past any other line that ends before a capital, "thiên tai" and "bảo vệ" among them.
    for (const lines of [
      'Kết luận tại cuộc họp về tiến độ thực hiện\nChương trình MTQG: giảm nghèo bền vững',
      'Về khắc phục hậu quả thiên tai\nỦy ban nhân dân tỉnh thực hiện như sau',
      'Về phương án nổ mìn tại khu vực cần bảo vệ\nKính gửi: Ủy ban nhân dân tỉnh',
    ])
      expect(summary(lines)).toBe(lines.split('\n')[0]);
  });

  it("reads a Party conference's trích yếu over its capitals and its subject in lower case", () => {
    // The Central Committee's Kết luận 75-KL/TW (fresh-19): "KẾT LUẬN" / "HỘI NGHỊ LẦN THỨ BA" / "BAN CHẤP HÀNH TRUNG
    // ƯƠNG ĐẢNG KHOÁ XIV" / "về bảo vệ môi trường …": the trích yếu stopped at "HỘI NGHỊ LẦN THỨ BA", without its subject.
    const summary = (lines: string) => {
      const w = normalise(
        `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 75-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n${lines}\nI- BỐI CẢNH\nSau 13 năm.`,
      );
      const doc = parseDocument(w);
      return doc.summary && w.text.slice(...doc.summary).replace(/\n/g, ' / ');
    };
    expect(summary('KẾT LUẬN\nHỘI NGHỊ LẦN THỨ BA\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV\nvề bảo vệ môi trường')).toBe(
      'HỘI NGHỊ LẦN THỨ BA / BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV về bảo vệ môi trường',
    );
    // Not a first paragraph that opens with a unit's name in capitals: it is the text's.
    expect(summary('KẾT LUẬN\nHỘI NGHỊ LẦN THỨ BA\nUBND TỈNH thực hiện như sau:')).toBe('HỘI NGHỊ LẦN THỨ BA');
  });

  it('reads a complete header with the blank day of a draft', () => {
    const w = normalise('Số: /UBND-VHXH\nĐại Sơn, ngày tháng 01 năm 2026\nKẾ HOẠCH\nDân vận chính quyền năm 2026');
    const doc = parseDocument(w);
    expect(doc.header.dateLine).toMatchObject({ day: null, month: 1, year: 2026 });
    expect(w.text.slice(...doc.header.numberLine!.symbol!)).toBe('/UBND-VHXH');
    expect(doc.title?.typeCode).toBe('KH');
  });

  it('reads a date line wrapped right after "ngày" (Kế hoạch 235/KH-UBND, Thanh Hóa, 2025), and only after its place', () => {
    const header = (lines: string) => parseDocument(normalise(`${lines}\nKẾ HOẠCH\nQuan trắc môi trường`)).header;
    const w = normalise(
      'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 235/KH-UBND\nThanh Hóa, ngày\n18 tháng 11 năm 2025\nKẾ HOẠCH\nQuan trắc',
    );
    const { dateLine } = parseDocument(w).header;
    expect(dateLine).toMatchObject({ day: 18, month: 11, year: 2025 });
    expect(w.text.slice(...dateLine!.place!)).toBe('Thanh Hóa');
    // A table's cell "Ngày" above a date is no date line.
    expect(header('Ngày\n3 tháng 12 năm 2019').dateLine).toBeNull();
  });

  it('finds no title in a page that answers a question and quotes a plan (a legal Q&A site)', () => {
    const page =
      '# Tết Nguyên đán Bính Ngọ 2026: thưởng Tết theo Kế hoạch 34/KH-TLĐ thế nào?\n\nCăn cứ tại Mục 5 Kế hoạch 34/KH-TLĐ năm 2025 do Tổng Liên đoàn Lao động Việt Nam ban hành:\n\nKẾ HOẠCH\n\nTổ chức hoạt động chăm lo cho đoàn viên';
    expect(parseDocument(normalise(page)).title).toBeNull();
    // A stray mark of OCR in the header is no question.
    expect(parseDocument(normalise('ỦY BAN NHÂN DÂN ?\nXÃ SƠN DƯƠNG\nKẾ HOẠCH\nDân vận')).title?.typeCode).toBe('KH');
    // The plan itself, without the question above it, has its title.
    expect(parseDocument(normalise(page.slice(page.indexOf('KẾ HOẠCH')))).title?.typeCode).toBe('KH');
  });

  it("starts a legal database's page saved as text after its notices and its record of the document", () => {
    // thuvienphapluat.vn: the copyright notice, a note box and the record come before the plan (Nghệ An, KH 980).
    const page = [
      'Bản dịch này thuộc quyền sở hữu của',
      'THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của',
      'THƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.',
      '',
      'CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN',
      '',
      'Đang tải văn bản...',
      '#',
      'Số hiệu:',
      '980/KH-UBND',
      'Loại văn bản:',
      'Kế hoạch',
      'Nơi ban hành:',
      'Tỉnh Nghệ An',
      'Người ký:',
      'Nguyễn Văn Đệ',
      'Ngày ban hành:',
      '18/11/2025',
      '',
      'Tình trạng:',
      'Đã biết',
      'ỦY BAN NHÂN DÂN',
      'TỈNH NGHỆ AN',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số: 980/KH-UBND',
      'Nghệ An, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Triển khai thi hành Nghị định quy định chi tiết Luật Phòng thủ dân sự',
    ].join('\n');
    const w = normalise(page);
    const doc = parseDocument(w);
    expect(doc.title?.typeCode).toBe('KH');
    expect(doc.header.dateLine).toMatchObject({ day: 18, month: 11, year: 2025 });
    expect(w.text.slice(...doc.header.numberLine!.symbol!)).toBe('980/KH-UBND');
    expect(doc.header.issuingBody.map((r) => w.text.slice(...r))).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN']);
    // A document's own "Người ký:" line is no record.
    expect(parseDocument(normalise('KẾ HOẠCH\nDân vận\nNgười ký: Nguyễn Văn A')).title?.typeCode).toBe('KH');
  });

  it("starts a web page's copy after its furniture, where the header before the Quốc hiệu begins", () => {
    // vbpl.vn's page of Nghị định 300/2025/NĐ-CP saved as HTML (unseen sweep L): menus, breadcrumb and tabs first.
    const menu = ['Nội dung', 'Thuộc tính', 'Lược đồ', 'Văn bản gốc', 'Tải về'];
    const furniture = [
      '1. Trang chủ',
      '2. >',
      '3. Văn bản quy phạm pháp luật Trung ương',
      'TRANG CHỦ',
      'GIỚI THIỆU',
      'VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG',
      'VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG',
      ...menu,
      '100%',
      'Hiển thị chi tiết cập nhật',
      'Nghị định số 300/2025/NĐ-CP Quy định khung số lượng Phó Chủ tịch',
      'Còn hiệu lực',
      'Ngày có hiệu lực:17/11/2025',
      'Ngày cập nhật:18/04/2026',
      ...menu,
    ];
    const header = [
      'CHÍNH PHỦ',
      '______',
      'Số: 300/2025/NĐ-CP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 17 tháng 11 năm 2025',
      'NGHỊ ĐỊNH',
      'Quy định khung số lượng Phó Chủ tịch',
    ];
    const w = normalise([...furniture, ...header].join('\n'));
    const doc = parseDocument(w);
    expect(doc.title?.typeCode).toBe('NĐ');
    expect(doc.header.issuingBody.map((r) => w.text.slice(...r))).toEqual(['CHÍNH PHỦ']);
    expect(w.text.slice(...doc.header.numberLine!.symbol!)).toBe('300/2025/NĐ-CP');
    // A công văn's issuer, number and V/v before its Quốc hiệu stay its header: it has no title to reach.
    const letter = normalise(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH LÂM ĐỒNG',
        'Số: 12/UBND-NC',
        'V/v cải thiện chỉ số',
        'Kính gửi:',
        header[3],
        header[4],
      ].join('\n'),
    );
    expect(parseDocument(letter).header.issuingBody.map((r) => letter.text.slice(...r))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
    ]);
  });

  it('does not read a ward\'s name "PHƯỜNG AN …" as the title "PHƯƠNG ÁN" (they fold alike)', () => {
    const w = normalise(
      'ỦY BAN NHÂN DÂN\nPHƯỜNG AN LẠC\nSố: 112/KH-UBND\nAn Lạc, ngày 03 tháng 7 năm 2026\nKẾ HOẠCH\nBảo hiểm y tế',
    );
    const doc = parseDocument(w);
    expect(doc.title?.typeCode).toBe('KH');
    expect(w.text.slice(...doc.summary!)).toBe('Bảo hiểm y tế');
    expect(parseDocument(normalise('UBND XÃ A\n\nPHƯƠNG ÁN\n\nỨng phó thiên tai')).title?.typeCode).toBe('PA');
  });

  it('reads a trích yếu over its lines: after a comma, and down to the rule drawn under it', () => {
    const summaryOf = (text: string) => {
      const w = normalise(text);
      return w.text.slice(...parseDocument(w).summary!).replace(/\n/g, ' ');
    };
    expect(
      summaryOf(
        'QUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện\nChỉ thị số 52-CT/TW của Ban Bí thư\nvề bảo hiểm y tế\n––––––\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật.',
      ),
    ).toBe('Ban hành Kế hoạch thực hiện Chỉ thị số 52-CT/TW của Ban Bí thư về bảo hiểm y tế');
    expect(
      summaryOf(
        'THÔNG BÁO\nKết luận của đồng chí A - Ủy viên,\nPhó Chủ tịch UBND tỉnh\nNgày 22/4/2026, đồng chí A chủ trì.',
      ),
    ).toBe('Kết luận của đồng chí A - Ủy viên, Phó Chủ tịch UBND tỉnh');
    expect(summaryOf('KẾ HOẠCH\nDân vận năm 2026\nThực hiện Kế hoạch số 1.\n______')).toBe('Dân vận năm 2026');
    // A line in lower case goes on, "thực hiện" too, as before those two cues.
    expect(summaryOf('KẾ HOẠCH\n\nHành động của xã\n\nthực hiện Chỉ thị số 52-CT/TW\n\nCăn cứ Luật.')).toBe(
      'Hành động của xã thực hiện Chỉ thị số 52-CT/TW',
    );
  });

  it('reads a trích yếu in capitals over two lines in capitals (daklak-kh-0125: its year is in the second)', () => {
    const w = normalise(
      'KẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ\nĐẠI BIỂU QUỐC HỘI KHÓA XVI NHIỆM KỲ 2026 - 2031\nThực hiện Chỉ thị số 46-CT/TW.',
    );
    expect(w.text.slice(...parseDocument(w).summary!)).toMatch(/CUỘC BẦU CỬ\nĐẠI BIỂU .* 2026 - 2031$/);
  });

  it("ends a decision's trích yếu in capitals before its authority line (Phụ lục I: thẩm quyền ban hành)", () => {
    const summaryOf = (text: string) => {
      const w = normalise(text);
      return w.text.slice(...parseDocument(w).summary!).replace(/\n/g, ' ');
    };
    const header = 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 2954/QĐ-UBND\nSơn La, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\n';
    expect(
      summaryOf(
        `${header}VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU\nGIAI ĐOẠN 2026 - 2030\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật.`,
      ),
    ).toBe('VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU GIAI ĐOẠN 2026 - 2030');
    expect(summaryOf(`${header}BAN HÀNH KẾ HOẠCH XUẤT KHẨU\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật.`)).toBe(
      'BAN HÀNH KẾ HOẠCH XUẤT KHẨU',
    );
    // The trích yếu goes on into the body's name after "CỦA" or a comma.
    expect(
      summaryOf(
        `${header}BAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật.`,
      ),
    ).toBe('BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH SƠN LA');
  });

  it("ends a letter's header at the last of its date, number and V/v lines, however many lines come before", () => {
    // Quốc hiệu and Tiêu ngữ on two lines and two rules: the date line is the ninth; "Kính gửi" is the text's.
    const w = normalise(
      'BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\n-------\nSố: 597/HC-QLHC\nV/v cấp Giấy phép xuất khẩu\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 27 tháng 3 năm 2026\nKính gửi: Sở Công Thương tỉnh Quảng Ngãi\nTrả lời Công văn số 1012/SCT-KYATMT.\nCục Hóa chất có ý kiến như sau.',
    );
    const doc = parseDocument(w);
    expect(doc.header.dateLine).toMatchObject({ day: 27, month: 3, year: 2026 });
    expect(w.text.slice(doc.body[0])).toMatch(/^Kính gửi/);
  });

  it("takes no date of a text without a title for its date line unless it stands as one (a web article's 'sinh ngày …')", () => {
    const dateOf = (text: string) => parseDocument(normalise(text)).header.dateLine;
    // The dates of the text's first paragraphs: in a citation, after "từ", opening a sentence that goes on.
    expect(
      dateOf(
        'Chính phủ ban hành Nghị định 226/2025/NĐ-CP sửa đổi Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ.\n\nNghị định có hiệu lực thi hành từ ngày 15 tháng 8 năm 2025.\n\nNgày 5 tháng 4 năm 2021, Quốc hội bầu Thủ tướng.',
      ),
    ).toBeNull();
    expect(dateOf('Lực lượng ra mắt tại Hà Nội ngày 28 tháng 3 năm 1959 với cấp hiệu mới.')).toBeNull();
    // A letter's date line: after its place, alone, or on its number's line; after its place and a comma also where
    // the V/v beside it runs on in its paragraph (congty-daidongtien-cv-28-2026-ocr.txt).
    expect(
      dateOf(
        'Số: 28/CV-ĐĐT\nV/v lấn chiếm, sử dụng trái phép đất Đồng Khê, ngày 04 tháng 8 năm 2026\nhoạt động khoáng sản',
      ),
    ).toMatchObject({ day: 4, month: 8 });
    expect(
      dateOf('BỘ CÔNG THƯƠNG\nSố: 597/HC-QLHC\nHà Nội ngày 27 tháng 3 năm 2026\nKính gửi: Sở Công Thương'),
    ).toMatchObject({
      day: 27,
    });
    expect(
      dateOf('BỘ CÔNG THƯƠNG\nSố: 597/HC-QLHC\n*ngày 27 tháng 3 năm 2026*\nKính gửi: Sở Công Thương'),
    ).toMatchObject({
      day: 27,
    });
    expect(dateOf('BỘ CÔNG THƯƠNG\nSố: 597/HC-QLHC ngày 27 tháng 3 năm 2026\nKính gửi: Sở Công Thương')).toMatchObject({
      day: 27,
    });
    // With a title, the header is what comes before it: its date is the date line wherever it stands.
    expect(dateOf('UBND THÀNH PHỐ\nThành phố ngày 3 tháng 7 năm 2026\nKẾ HOẠCH\nDân vận')).toMatchObject({ day: 3 });
  });

  it("takes the signer's name right after the block, not a name in the appendix's table after it", () => {
    // laocai-kh-sct-2242: the assignment table after the signature lists the team by name.
    const w = normalise(
      'KẾ HOẠCH\nKiểm tra\nI. MỤC ĐÍCH\nKiểm tra./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLCN.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân\nIn ấn chứng chỉ\nVũ Việt Linh\nĐỗ Mạnh Cường',
    );
    const signature = parseDocument(w).signature!;
    expect(w.text.slice(...signature.name!)).toBe('Hoàng Văn Thuân');
    expect(w.text.slice(...signature.range)).not.toContain('Vũ Việt Linh');
  });

  it('finds the signature between the Nơi nhận and an appendix when the text has no closing mark', () => {
    // A public plan of 2025 (tnt305/tai_lieu_noi_bo, KH 179/KH-UBND): its "PHỤ LỤC" table runs to the end.
    const rows = Array.from(
      { length: 12 },
      (_, i) => `6.${i + 1}\nĐánh giá tác động\nSở Khoa học và\nCông nghệ\n2026-2030`,
    );
    const w = normalise(
      `KẾ HOẠCH\nPhát triển kinh tế số\nI. MỤC TIÊU\nPhát triển.\nNơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT, KTNS.\nTM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\nVõ Tấn Đức\n\n\nPHỤ LỤC\n\nDANH MỤC CÁC NHIỆM VỤ\n${rows.join('\n')}`,
    );
    const signature = parseDocument(w).signature!;
    expect(w.text.slice(...signature.name!)).toBe('Võ Tấn Đức');
  });

  it('joins a recipient wrapped onto the next line and stops at the signature', () => {
    const w = normalise(
      'KẾ HOẠCH\nKiểm tra\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Thường trực HĐND, UBND xã;\n- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,\n\nVP Đảng uỷ;\n- Lưu: MTTQ\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân',
    );
    const doc = parseDocument(w);
    expect(doc.recipients?.items.map((r) => w.text.slice(...r))).toEqual([
      '- Thường trực HĐND, UBND xã;',
      '- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,\nVP Đảng uỷ;',
      '- Lưu: MTTQ',
    ]);
    expect(doc.signature?.name && w.text.slice(...doc.signature.name)).toBe('Lan Thị Vân');
  });

  it("reads a web copy's Nơi nhận and signature run into one line, a recipient at each dash", () => {
    // Đắk Lắk's Kế hoạch 129/KH-UBND as a crawler saved it: the block's lines joined by spaces.
    const w = normalise(
      'KẾ HOẠCH\nHỗ trợ nhu yếu phẩm\nI. MỤC ĐÍCH\nHỗ trợ kịp thời./.\n' +
        'Nơi nhận: - Thủ tướng Chính phủ (b/c); - Các Bộ: Công Thương, NNMT (b/c); - Lưu: VT, TH (Ta). ' +
        'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ Thị Nguyên Thảo',
    );
    const doc = parseDocument(w);
    expect(doc.recipients?.items.map((r) => w.text.slice(...r))).toEqual([
      '- Thủ tướng Chính phủ (b/c);',
      '- Các Bộ: Công Thương, NNMT (b/c);',
      '- Lưu: VT, TH (Ta).',
    ]);
    const signature = doc.signature!;
    expect(signature.authority.map((r) => w.text.slice(...r))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(w.text.slice(...signature.name!)).toBe('Hồ Thị Nguyên Thảo');
    // Its Lưu line may run into the authority without a stop ("- Lưu: VT, TH, VX TM. ỦY BAN NHÂN DÂN …", Hà Tĩnh).
    const hatinh = normalise(
      'KẾ HOẠCH\nGiáo dục mầm non\nI. MỤC ĐÍCH\nPhát triển./.\nNơi nhận: - Bộ Giáo dục và Đào tạo; - Lưu: VT, TH, VX ' +
        'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Nguyệt',
    );
    const parsed = parseDocument(hatinh);
    expect(parsed.recipients?.items.map((r) => hatinh.text.slice(...r)).at(-1)).toBe('- Lưu: VT, TH, VX');
    expect(hatinh.text.slice(...parsed.signature!.name!)).toBe('Nguyễn Thị Nguyệt');
  });

  it('ends the body at "- Như trên;" when a scan lost the "Nơi nhận:" heading, and reads no recipients', () => {
    const w = normalise(
      'CÔNG VĂN\nII. NỘI DUNG\n1. Các sở\n- Triển khai hiệu quả công tác tuyên truyền.\n- Tổ chức kiểm tra.\n- Như trên; S5 >> TI TRƯỚNG\n- Bộ trưởng (để b/c);\n- Lưu: VT, GDPT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhạm Ngọc Thưởng',
    );
    const doc = parseDocument(w);
    expect(
      w.text
        .slice(...doc.body)
        .trimEnd()
        .endsWith('- Tổ chức kiểm tra.'),
    ).toBe(true);
    expect(doc.recipients).toBeNull();
  });

  it('ends the body at the signature when an appendix follows and there is no Nơi nhận (a Công báo text)', () => {
    // Nghị quyết 175/NQ-CP as the Công báo prints it: no Nơi nhận, the appendix of tasks right after the signature.
    const text =
      'NGHỊ QUYẾT\nPhê duyệt Đề án\nĐiều 1. Phê duyệt Đề án.\nĐiều 2. Tổ chức thực hiện\n1. Trách nhiệm của Bộ Công an\nChủ trì.\n' +
      'TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang\nPhụ lục I\nNHIỆM VỤ CỦA CÁC BỘ, NGÀNH\nI. NHIỆM VỤ CHUNG\n1. Rà soát.';
    const w = normalise(text);
    const doc = parseDocument(w);
    expect(w.text.slice(...doc.body).trimEnd()).toMatch(/Chủ trì\.$/);
    expect(w.text.slice(...doc.signature!.range)).toBe('TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang');
    // A document it issues, under a quốc hiệu of its own, is still read on: its parts are the body's.
    const issued = normalise(
      'NGHỊ QUYẾT\nBan hành Chương trình\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\n' +
        'TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Minh Hưng\nCHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n' +
        'I. MỤC ĐÍCH\nBảo đảm.\nII. NHIỆM VỤ\n1. Thống nhất tư duy.',
    );
    expect(parseDocument(issued).body[1]).toBe(issued.text.length);
  });

  it('finds a Quốc hiệu wrapped onto the next line and keeps it out of the issuing body (PDF)', () => {
    const w = normalise(
      'ỦY BAN NHÂN DÂN\nXÃ ĐẠI SƠN\nSố: /UBND-VHXH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM Độc lập - Tự do - Hạnh phúc Đại Sơn, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nDân vận',
    );
    const doc = parseDocument(w);
    expect(doc.header.issuingBody.map((r) => w.text.slice(...r))).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐẠI SƠN']);
    expect(doc.header.nationalTitle && w.text.slice(...doc.header.nationalTitle)).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM',
    );
    expect(doc.header.motto && w.text.slice(...doc.header.motto)).toBe('Độc lập - Tự do - Hạnh phúc');
  });
});

describe('parseDocument: the titles and number lines of normative documents', () => {
  const header = (issuer: string, number: string, title: string) =>
    `${issuer}\n${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 11 tháng 12 năm 2025\n${title}\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU\n`;

  it.each([
    ['LUẬT', 'Luật'],
    ['THÔNG TƯ', 'TT'],
    ['NGHỊ ĐỊNH', 'NĐ'],
    ['NGHỊ QUYẾT LIÊN TỊCH', 'NQLT'],
    ['NGHỊ QUYẾT', 'NQ'],
  ])('reads the title %s as the type %s', (title, code) => {
    const doc = parseDocument(normalise(header('QUỐC HỘI', 'Số: 147/2025/QH15', title)));
    expect(doc.title?.typeCode).toBe(code);
  });

  it('reads "Luật số: 147/2025/QH15" as the number line, its symbol after the colon', () => {
    const w = normalise(header('QUỐC HỘI', 'Luật số: 147/2025/QH15', 'LUẬT'));
    const line = parseDocument(w).header.numberLine;
    expect(line && w.text.slice(...line.range)).toBe('Luật số: 147/2025/QH15');
    expect(line?.symbol && w.text.slice(...line.symbol)).toBe('147/2025/QH15');
  });
});
