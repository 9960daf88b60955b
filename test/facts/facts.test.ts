import { check, normalise, parseDocument } from '@soat/checker';
import { describe, expect, it } from 'vitest';
import { homoglyphs } from '@soat/rules/pack';
import { extractCitations, findOrganisationSection, findResponsibleUnits, planInfo } from '@soat/checker/facts';
import { documentCases } from '../fixtures';

const input = (name: string) => documentCases().find((c) => c.name === name)!.input;
const parse = (text: string) => parseDocument(normalise(text));
const unitsOf = (text: string) => {
  const doc = parse(text);
  return findResponsibleUnits(doc, findOrganisationSection(doc)!);
};

describe('citations', () => {
  const cite = (text: string) => {
    const w = normalise(text);
    return extractCitations(w, [0, w.text.length]).map((c) => ({
      type: c.type,
      symbol: c.symbol,
      shape: c.shape,
      date: c.date,
      issuer: c.issuer,
      name: c.name,
    }));
  };

  it('reads the three symbol shapes with date and issuer', () => {
    expect(
      cite('Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy xã về công tác dân vận'),
    ).toEqual([
      {
        type: 'KH',
        symbol: '56-KH/ĐU',
        shape: 'party',
        date: { day: 2, month: 3, year: 2026 },
        issuer: 'Ban Thường vụ Đảng ủy xã',
        name: null,
      },
    ]);
    expect(cite('Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;')[0]).toMatchObject({
      type: 'NĐ',
      symbol: '59/2023/NĐ-CP',
      shape: 'normative',
      issuer: 'Chính phủ',
    });
    expect(cite('Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ')[0]).toMatchObject({
      type: 'CT',
      symbol: '33/CT-TTg',
      shape: 'state',
      date: { day: 26, month: 11, year: 2021 },
    });
  });

  it('reads a Công điện (CĐ), written as it is: "công dân số" is no citation', () => {
    expect(cite('Căn cứ Công điện số 220/CĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ;')).toMatchObject([
      { type: 'CĐ', symbol: '220/CĐ-TTg', shape: 'state', issuer: 'Thủ tướng Chính phủ' },
    ]);
    expect(cite('Phát triển kinh tế số, xã hội số, công dân số trên địa bàn xã.')).toEqual([]);
  });

  it('reads a head with a qualifier before "số", and a symbol whose parts are joined by "." or "&"', () => {
    expect(
      cite('Kết luận kiểm tra số 325/KL-STP.ĐKT ngày 29/5/2025 của Đoàn Kiểm tra; Thông báo kết luận số 12-TB/TU'),
    ).toMatchObject([
      { type: 'KL', symbol: '325/KL-STP.ĐKT', issuer: 'Đoàn Kiểm tra' },
      { type: 'TB', symbol: '12-TB/TU' },
    ]);
    expect(cite('Công văn số 215/SNV-CCHC&VTLT ngày 14/01/2026 của Sở Nội vụ')[0]).toMatchObject({
      symbol: '215/SNV-CCHC&VTLT',
      issuer: 'Sở Nội vụ',
    });
    // Only before "số" and a number: "Kết luận kiểm tra" alone is no citation, and a joiner starts another one.
    expect(cite('thực hiện Kết luận kiểm tra của Đoàn')).toEqual([]);
    expect(cite('Kế hoạch và Quyết định số 12/QĐ-UBND').map((c) => c.type)).toEqual(['QĐ']);
  });

  it('reads a Luật by name, a citation without number, stray spaces and OCR', () => {
    expect(cite('Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 01/7/2023;')[0]).toMatchObject({
      type: 'L',
      name: 'Thực hiện dân chủ ở cơ sở',
      symbol: null,
    });
    expect(cite('Nghị định số ngày 09/01/2015 của Chính phủ')[0]).toMatchObject({
      type: 'NĐ',
      symbol: null,
      date: { day: 9, month: 1, year: 2015 },
    });
    expect(cite('Quyết định số 23- QĐ/TW ngày 30/7/2021')[0]).toMatchObject({ symbol: '23- QĐ/TW', shape: 'party' });
    expect(cite('Thuec hién K& hoach s 56-KH/DU ngay 02/3/2026 cua Ban Thuong vu')[0]).toMatchObject({
      type: 'KH',
      symbol: '56-KH/DU',
    });
    expect(cite('Nghi quyet s0 55-NQ/TU ngay 20/01/2026')[0]).toMatchObject({ type: 'NQ', symbol: '55-NQ/TU' });
  });

  it('does not take periods or compound words for symbols', () => {
    expect(cite('giai đoạn 2026 - 2030, phát triển kinh tế - xã hội, Đề án 06')).toEqual([]);
  });

  it('ends a symbol before a dash that a word follows: a table cell beside the next, a cell wrapped after the dash', () => {
    const symbols = (text: string) => cite(text).map((c) => c.symbol);
    expect(symbols('Nghị định số 148/2025/NĐ- Phòng bệnh')).toEqual(['148/2025/NĐ']);
    expect(symbols('Quyết định số 38/2020/QĐ-\ndoanh nghiệp')).toEqual(['38/2020/QĐ']);
    expect(symbols('Chỉ thị số 30/CT-TTg\n- Đôn đốc các địa phương')).toEqual(['30/CT-TTg']);
    // A code stays one: capitals, or the small letters of "TTg", "TTr" after its capitals.
    expect(symbols('Quyết định số 12/QĐ- TTg và Nghị quyết số 403/2017/NQLT- UBTVQH14')).toEqual([
      '12/QĐ- TTg',
      '403/2017/NQLT- UBTVQH14',
    ]);
  });

  it('does not take another word for a garbled type word', () => {
    // "THƯỜNG TRỰC" folds to "thuong truc", near "thong tri" (Thông tri) but with a consonant in the garbled part.
    expect(cite('BAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT')).toEqual([]);
  });
});

describe('responsible units', () => {
  it('finds named units, their duties and the lead unit in seed 000', () => {
    const units = unitsOf(input('000-son-duong'));
    expect(units.map((u) => [u.text, u.kind, u.lead])).toEqual([
      ['Các cơ quan, đơn vị thuộc UBND xã', 'generic', false],
      ['Phòng Văn hóa - Xã hội', 'named', true],
      ['Trung tâm Dịch vụ công xã', 'named', false],
      ['Công an xã', 'named', false],
      ['Ban Chỉ huy Quân sự xã', 'named', false],
      ['Các thôn trên địa bàn xã', 'named', false],
    ]);
    expect(units[1]!.duties).toMatch(/^Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc/);
  });

  it('cuts a unit name at its first duty verb (seed 003 writes items without a colon)', () => {
    const units = unitsOf(input('003-lang-son'));
    expect(units.map((u) => u.text)).toContain('Sở Văn hóa, Thể thao và Du lịch');
    expect(units.find((u) => u.text === 'UBND các xã, phường')?.duties).toMatch(/^xây dựng kế hoạch/);
  });

  it('keeps "Xây dựng" in a Sở\'s or a Bộ\'s name, ends one at "chịu trách nhiệm", and reads national bodies', () => {
    const units = unitsOf(
      [
        'KẾ HOẠCH',
        'Triển khai dự án',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Xây dựng chủ trì thẩm định hồ sơ.',
        '2. Bộ Xây dựng hướng dẫn xử lý vướng mắc.',
        '3. Kiểm toán Nhà nước thực hiện kiểm toán dự án.',
        '4. Tập đoàn Điện lực Việt Nam phối hợp tiếp nhận tài sản.',
        '5. Phòng Kinh tế xây dựng kế hoạch.',
        '6. Sở Tư pháp chịu trách nhiệm kiểm tra.',
      ].join('\n'),
    );
    expect(units.map((u) => u.text)).toEqual([
      'Sở Xây dựng',
      'Bộ Xây dựng',
      'Kiểm toán Nhà nước',
      'Tập đoàn Điện lực Việt Nam',
      'Phòng Kinh tế',
      'Sở Tư pháp',
    ]);
  });
});

describe('plan identity', () => {
  it('takes the year from the date line, the trích yếu, or the latest cited date', () => {
    const info = (name: string) => {
      const doc = parse(input(name));
      return planInfo(doc, extractCitations(doc.working, [0, doc.working.text.length]));
    };
    expect(info('002-son-duong-ocr')).toMatchObject({
      year: 2026,
      date: '2026-03-09',
      number: '73/KH-UBND',
      level: 'xã',
    });
    expect(info('003-lang-son')).toMatchObject({ year: 2026, date: null, issuer: 'UBND tỉnh', level: 'tỉnh' });
    expect(info('004-xa-2023').year).toBe(2023);
    expect(info('000-son-duong').year).toBe(2026);
  });

  it("reads the level of any issuing body's name, and the name without a stray mark before it", () => {
    const of = (header: string) => {
      const doc = parse(`${header}\nSố: 12/KH-BTT\n\nKẾ HOẠCH\nTổ chức hội nghị\n\nI. MỤC ĐÍCH`);
      return planInfo(doc, []);
    };
    // The Mặt trận's bodies write "VIỆT NAM" between the body and its level (the shared corpus's Lương Minh plans).
    expect(of('/ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC')).toMatchObject({
      issuer: 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC',
      level: 'xã',
    });
    expect(of('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NINH').level).toBe('tỉnh');
    expect(of('ỦY BAN BẦU CỬ PHƯỜNG BẮC CAM RANH').level).toBe('phường');
    // "xã hội" is no level, nor a Quốc hiệu's "XÃ" that OCR read into the name.
    expect(of('BẢO HIỂM XÃ HỘI VIỆT NAM').level).toBeNull();
    expect(of('BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ : HỦ NGHĨA').level).toBeNull();
  });
});

describe('homoglyphs', () => {
  it('reports every lookalike of homoglyphs.json inside a Latin word', async () => {
    for (const letter of Object.keys(homoglyphs.letters)) {
      const text = `Ban hành kèm theo xa${letter}b trong năm.`;
      const found = (await check(text)).findings.filter((f) => f.ruleId === 'homoglyph');
      expect(
        found.map((f) => f.range),
        letter,
      ).toEqual([[18, 22]]);
    }
  });

  it('leaves a paragraph that holds a Cyrillic letter unlike any Latin one (a PDF font mapped to wrong letters)', async () => {
    // fixtures/real/laocai-cv-sct-3036-kiem-tra-nghiem-thu.pdf: "ӏ" (a lookalike of "l") among "ѭ", "ҥ", "Ӄ".
    const text =
      'Sở Công Thương thông báo.\n6ӣ Công 7KѭѫQJ thông báo ÿӏQK kỳ NLӇP tra.\nThực hiện Nghị quyết củа Chính phủ.';
    const found = (await check(text)).findings.filter((f) => f.ruleId === 'homoglyph');
    expect(found.map((f) => text.slice(...f.range))).toEqual(['củа']);
  });
});

describe('calendar dates', () => {
  it('takes a cited date that the calendar has, and no other', async () => {
    const dates = {
      '29/02/2024': true,
      '29/02/2000': true,
      '31/12/2025': true,
      '29/02/2023': false,
      '29/02/1900': false,
      '31/4/2025': false,
      '00/5/2025': false,
      '15/13/2025': false,
      '15/00/2025': false,
    };
    for (const [date, real] of Object.entries(dates)) {
      const text = `KẾ HOẠCH\nDân vận năm 2026\nCăn cứ Nghị định số 04/2015/NĐ-CP ngày ${date} của Chính phủ;\nI. MỤC ĐÍCH`;
      const invalid = (await check(text)).findings.filter((f) => f.messageId === 'invalidDate');
      expect(invalid.length, date).toBe(real ? 0 : 1);
    }
  });
});
