/**
 * The verdict errors an independent test found on real documents (issue 15), one describe per class, each
 * from a real seed or a realistic excerpt of an administrative document.
 */
import { check } from '@soat/checker';
import { describe, expect, it } from 'vitest';
import { documentCases } from '../fixtures';

const input = (name: string) => documentCases().find((c) => c.name === name)!.input;
const statusOf = async (text: string, rule: string, options?: Parameters<typeof check>[1]) =>
  (await check(text, options)).requirements[rule as 'has-signature']!.status;

/** Seed 003's election item (section II.8) as OCR reads it, with the confusions measured on the OCR seed. */
const OCR_ELECTION_ITEM = `8. Cong tac dan van phuc vu bau cir dai biéu Qudc hoi khoa XVI va
dai biéu Hoi dong nhan dan cac cap nhiém ky 2026 - 2031
Tang cuong cong tac tuyén truyén, van dong Nhan dan thuc hién day dii
quyén va nghia vu cong dan trong béu ctr; nang cao nhan thirc, trach nhiém ciia
can bd, cong chirc, vién chirc va Nhan dan vé y nghia, tdm quan trong ciia cudc
bau cur.`;

describe('class 1: the election is "bầu cử" as whole syllables, OCR-tolerant by measured confusions only', () => {
  it('does not read "tiêu biểu của" in a 2026 plan without the election task as a mention (seed 000)', async () => {
    const text = input('000-son-duong').replace('cá nhân tiêu biểu trong', 'cá nhân tiêu biểu của các thôn trong');
    expect(text).not.toBe(input('000-son-duong'));
    expect(await statusOf(text, 'covers-election-2026')).toBe('fail');
  });

  it('still finds the task in OCR text ("bau cir", "béu ctr", "Qudc hoi")', async () => {
    const text = input('000-son-duong').replace(
      'III. TỔ CHỨC THỰC HIỆN',
      `${OCR_ELECTION_ITEM}\n\nIII. TỔ CHỨC THỰC HIỆN`,
    );
    expect(await statusOf(text, 'covers-election-2026')).toBe('pass');
  });
});

/** The opening of a provincial plan, pasted into an editor up to its part I (no closing, no signature). */
const PROVINCIAL_EXCERPT = `ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 215/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 12 tháng 12 năm 2025
KẾ HOẠCH
Cải cách hành chính nhà nước năm 2026
Thực hiện Kế hoạch số 35/KH-UBND ngày 10/02/2021 của UBND tỉnh về cải cách hành chính nhà nước giai đoạn 2021-2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. MỤC ĐÍCH
Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính; nâng cao chất lượng phục vụ người dân, doanh nghiệp.
2. YÊU CẦU
Các cơ quan, đơn vị xác định cải cách hành chính là nhiệm vụ trọng tâm, gắn với trách nhiệm của người đứng đầu.
`;

describe('class 2: a heading of the body is never the signature', () => {
  it('fails a plan excerpt that ends before its signature ("I. MỤC ĐÍCH, YÊU CẦU" is not a position)', async () => {
    const result = await check(PROVINCIAL_EXCERPT);
    expect(result.requirements['has-signature']).toMatchObject({ status: 'fail', evidence: [] });
    expect(result.findings.filter((f) => f.ruleId === 'has-signature').map((f) => f.messageId)).toEqual(['missing']);
  });

  it('fails seed 003 cut inside its part III (a truncated file: "III. TỔ CHỨC THỰC HIỆN" is not a position)', async () => {
    const text = input('003-lang-son');
    const cut = text.slice(0, text.indexOf('III. TỔ CHỨC THỰC HIỆN') + 200);
    expect(cut.length).toBeGreaterThan(text.length / 2);
    expect(await statusOf(cut, 'has-signature')).toBe('fail');
  });
});

/** Seed 000 up to its closing, then an ending of our own (what a .doc or a layout table makes of it). */
const seed000WithEnding = (ending: string) => {
  const text = input('000-son-duong');
  return text.slice(0, text.indexOf('Nơi nhận:')) + ending;
};
/** A .doc reads a layout table's row as one line, its cells separated by a tab. */
const DOC_SIGNATURE_TABLE = `Nơi nhận:\tCHỦ TỊCH
- TTr Đảng ủy (Báo cáo);
- Thường trực HĐND (Báo cáo);
- Các cơ quan, đơn vị thuộc UBND xã;
- Lưu: VT.\t
`;
const APPENDIX = `PHỤ LỤC I
PHÂN CÔNG THỰC HIỆN NHIỆM VỤ
(Kèm theo Kế hoạch số 73/KH-UBND ngày 09/3/2026 của UBND xã)
STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian
1\tTuyên truyền, quán triệt Nghị quyết\tPhòng Văn hóa - Xã hội\tQuý I/2026
Phụ Lục II
`;

describe('class 5: signature blocks in layout tables, and a block that ends where an appendix begins', () => {
  it('reads "CHỦ TỊCH" in the cell beside "Nơi nhận" as the position (with the name: pass; a draft without it: warn)', async () => {
    const signed = await check(seed000WithEnding(`${DOC_SIGNATURE_TABLE}\tDương Văn Tuấn\n`));
    expect(signed.requirements['has-signature'].status).toBe('pass');
    expect(signed.requirements['has-signature'].evidence.map((e) => e.text)).toEqual([
      'CHỦ TỊCH\n- TTr Đảng ủy (Báo cáo);\n- Thường trực HĐND (Báo cáo);\n- Các cơ quan, đơn vị thuộc UBND xã;\n- Lưu: VT.\t\n\tDương Văn Tuấn',
    ]);
    expect(signed.requirements['has-recipients'].status).toBe('pass');
    expect(await statusOf(seed000WithEnding(DOC_SIGNATURE_TABLE), 'has-signature')).toBe('warn');
  });

  it('does not take an appendix after the signature ("Phụ Lục II") for the signer', async () => {
    const unsigned = await check(
      seed000WithEnding(`Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n${APPENDIX}`),
    );
    expect(unsigned.requirements['has-signature'].status).toBe('warn');
    expect(unsigned.findings.find((f) => f.ruleId === 'has-signature')?.messageId).toBe('noName');
    const signed = await check(
      seed000WithEnding(`Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nDương Văn Tuấn\n\n${APPENDIX}`),
    );
    expect(signed.requirements['has-signature'].evidence.map((e) => e.text)).toEqual([
      'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nDương Văn Tuấn',
    ]);
  });
});

/** An MTTQ plan of the 2025–2026 case files (corpus docx "KH Kiểm tra, giám sát …"), dated before 2026, its body without the term. */
const ELECTION_SUBJECT_PLAN = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 17/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lương Minh, ngày 25 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh
sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân xã
khóa II, nhiệm kỳ 2026 - 2031
Căn cứ Kế hoạch số 16/KH-MTTQ-BTT ngày 18/11/2025 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã;
Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã ban hành kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức hội nghị đúng luật, dân chủ, khách quan.
II. TỔ CHỨC THỰC HIỆN
Ban Thường trực Ủy ban MTTQ xã chủ trì, phối hợp với Thường trực HĐND, UBND xã tổ chức hội nghị./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lan Thị Vân
`;

describe('class 3: the year a plan is for comes from its title and trích yếu; an election plan covers the task by its subject', () => {
  it('treats "… năm 2026" dated December 2025 as a 2026 plan (the election requirement applies: fail)', async () => {
    const result = await check(PROVINCIAL_EXCERPT);
    expect(result.plan.year).toBe(2026);
    expect(result.requirements['covers-election-2026'].status).toBe('fail');
  });

  it('takes a period\'s first year ("giai đoạn 2026 - 2030"), not "đến năm 2030" nor a cited date', async () => {
    const period = PROVINCIAL_EXCERPT.replace(
      'Cải cách hành chính nhà nước năm 2026',
      'Cải cách hành chính nhà nước giai đoạn 2026 – 2030',
    );
    expect((await check(period)).plan.year).toBe(2026);
    const horizon = PROVINCIAL_EXCERPT.replace(
      'Cải cách hành chính nhà nước năm 2026',
      'Chuyển đổi số tỉnh Lạng Sơn đến năm 2030',
    ).replace('năm 2025', 'năm 2026');
    expect((await check(horizon)).plan.year).toBe(2026);
  });

  it('passes a plan whose subject is the 2026 election, whatever its date (a trích yếu wrapped over three lines)', async () => {
    const result = await check(ELECTION_SUBJECT_PLAN);
    expect(result.requirements['covers-election-2026']).toMatchObject({ status: 'pass' });
    expect(result.requirements['covers-election-2026'].evidence[0]!.text).toMatch(
      /^Tổ chức hội nghị hiệp thương.*\n.*\nkhóa II, nhiệm kỳ 2026 - 2031$/,
    );
  });
});

/** PROVINCIAL_EXCERPT with a part III and its ending (closing, Nơi nhận, signature) and, optionally, an appendix. */
const provincialPlan = (organisation: string, appendix = '') => `${PROVINCIAL_EXCERPT}II. NHIỆM VỤ
1. Rà soát, đơn giản hóa thủ tục hành chính.
2. Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.
III. TỔ CHỨC THỰC HIỆN
${organisation}
Trên đây là Kế hoạch cải cách hành chính nhà nước năm 2026 của Ủy ban nhân dân tỉnh./.
Nơi nhận:
- Bộ Nội vụ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
${appendix}`;

const assignsOf = async (text: string) => {
  const result = await check(text);
  return {
    status: result.requirements['assigns-responsible-units'].status,
    units: result.requirements['assigns-responsible-units'].evidence.map((e) => e.text),
  };
};

describe('class 4: units assigned in running text and in a task table count', () => {
  it('finds "Sở Nội vụ có trách nhiệm giúp …" in the running text of a numbered item that names no unit', async () => {
    const plan = provincialPlan(`1. Trách nhiệm thực hiện
Căn cứ nhiệm vụ được giao, các sở, ban, ngành, UBND các xã, phường xây dựng kế hoạch cụ thể để triển khai thực hiện. Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.
2. Chế độ báo cáo
Định kỳ hằng quý, 6 tháng, năm báo cáo kết quả thực hiện theo quy định.`);
    expect(await assignsOf(plan)).toEqual({ status: 'pass', units: ['Sở Nội vụ'] });
  });

  it('finds the unit after an assigning verb ("Giao Công an tỉnh là cơ quan thường trực …")', async () => {
    const plan =
      provincialPlan(`Giao Công an tỉnh là cơ quan thường trực, chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Các sở, ban, ngành căn cứ chức năng, nhiệm vụ chủ động thực hiện.`);
    expect(await assignsOf(plan)).toEqual({ status: 'pass', units: ['Công an tỉnh'] });
  });

  it('counts the lead units of an appendix table "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ"', async () => {
    const plan = provincialPlan(
      'Các sở, ban, ngành, UBND các xã, phường thực hiện các nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này.',
      `PHỤ LỤC
PHÂN CÔNG THỰC HIỆN NHIỆM VỤ
(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/12/2025 của UBND tỉnh)
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Rà soát, đơn giản hóa thủ tục hành chính
Sở Nội vụ
Các sở, ban, ngành
Quý II/2026
2
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
Văn phòng UBND tỉnh
Sở Khoa học và Công nghệ
Quý IV/2026
`,
    );
    expect(await assignsOf(plan)).toEqual({
      status: 'pass',
      units: ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Khoa học và Công nghệ'],
    });
  });
});

const withOpening = (opening: string) =>
  provincialPlan('Sở Nội vụ chủ trì, theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện.').replace(
    /Thực hiện Kế hoạch số 35\/KH-UBND[^\n]*\n/,
    `${opening}\n`,
  );

describe('class 6: parents cited by name, and the decision that issued a plan', () => {
  it('warns (number missing) on a programme cited by name only, instead of failing', async () => {
    const text = withOpening(
      'Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030 và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đến năm 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    );
    expect(text).toContain('Chương trình mục tiêu quốc gia xây dựng');
    const result = await check(text);
    expect(result.requirements['cites-parent-plan'].status).toBe('warn');
    expect(result.findings.find((f) => f.ruleId === 'cites-parent-plan')?.messageId).toBe('parentNoNumber');
    expect(result.requirements['cites-parent-plan'].evidence[0]!.text).toMatch(
      /^Chương trình mục tiêu quốc gia xây dựng nông thôn mới/,
    );
  });

  it('passes "Quyết định số 282/QĐ-TTg … về ban hành Kế hoạch …" (it cites the plan the decision issued)', async () => {
    const text = withOpening(
      'Căn cứ Quyết định số 282/QĐ-TTg ngày 19/3/2026 của Thủ tướng Chính phủ về ban hành Kế hoạch thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    );
    const result = await check(text);
    expect(result.requirements['cites-parent-plan']).toMatchObject({ status: 'pass' });
    expect(result.requirements['cites-parent-plan'].evidence.map((e) => e.text)).toEqual([
      'Quyết định số 282/QĐ-TTg ngày 19/3/2026',
    ]);
  });

  it('still warns on a decision that issued no plan (onlyOtherDirectives)', async () => {
    const text = withOpening(
      'Căn cứ Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ phê duyệt Phương án phân cấp; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    );
    expect(await statusOf(text, 'cites-parent-plan')).toBe('warn');
  });
});

describe("class 7: a signature without the signer's name is a warning in a draft, an error in the final version", () => {
  const unsigned = () => input('000-son-duong').replace(/Dương Văn Tuấn\s*$/, '');

  it('warns in draft mode and fails with --mode final (seed 000 with its name left blank)', async () => {
    expect(unsigned()).not.toBe(input('000-son-duong'));
    const draft = await check(unsigned());
    expect(draft.requirements['has-signature'].status).toBe('warn');
    expect(draft.findings.find((f) => f.ruleId === 'has-signature')).toMatchObject({
      messageId: 'noName',
      severity: 'warning',
    });
    const final = await check(unsigned(), { mode: 'final' });
    expect(final.requirements['has-signature'].status).toBe('fail');
    expect(final.findings.find((f) => f.ruleId === 'has-signature')).toMatchObject({
      messageId: 'noName',
      severity: 'error',
    });
    expect((await check(input('000-son-duong'), { mode: 'final' })).requirements['has-signature'].status).toBe('pass');
  });
});

describe('format false alarms on the same files', () => {
  const blankDate = PROVINCIAL_EXCERPT.replace('Số: 215/KH-UBND', 'Số:       /KH-UBND').replace(
    'Lạng Sơn, ngày 12 tháng 12 năm 2025',
    'Lạng Sơn, ngày      tháng      năm 2026',
  );
  const ruleFindings = async (text: string, options?: Parameters<typeof check>[1]) =>
    (await check(text, options)).findings
      .filter((f) => f.ruleId === 'date-line' || f.ruleId === 'unnumbered-draft')
      .map((f) => `${f.ruleId}.${f.messageId}`);

  it("reads a date line with day and month left blank as a draft's (a note), not as a missing date line", async () => {
    expect(await ruleFindings(blankDate)).toEqual(['unnumbered-draft.blankNumber', 'unnumbered-draft.blankDay']);
    expect(await ruleFindings(blankDate, { mode: 'final' })).toEqual(['date-line.blankDay']);
  });
});

describe('format false alarms: a ";" inside a cited decree\'s own title', () => {
  it('does not read the title\'s ";" as bases run together, and still reports bases that are', async () => {
    const basis =
      'Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030; sửa đổi, bổ sung theo Quyết định số 1131/QĐ-TTg ngày 12/10/2023 của Thủ tướng Chính phủ;';
    const runTogether = async (text: string) =>
      (await check(text)).findings.filter((f) => f.ruleId === 'preamble-format' && f.messageId === 'runTogether')
        .length;
    expect(await runTogether(withOpening(basis))).toBe(0);
    expect(await runTogether(withOpening(basis.replace('sửa đổi, bổ sung theo Quyết định', 'Quyết định')))).toBe(1);
  });
});

describe('on the real provincial plans of fixtures/real (corpus branch): the same classes, as those files write them', () => {
  it('class 4: the last numbered item that ends with "./." is the closing and still an item ("3. Giao Công an tỉnh …./.")', async () => {
    const plan = provincialPlan(`1. Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.
2. Các sở, ban, ngành, đoàn thể và UBND cấp xã căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể.
3. Giao Công an tỉnh là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, kiểm tra, đôn đốc việc thực hiện; tổng hợp, báo cáo Bộ Công an theo quy định./.`).replace(
      /Trên đây là Kế hoạch[^\n]*\n/,
      '',
    );
    expect(await assignsOf(plan)).toEqual({ status: 'pass', units: ['Công an tỉnh'] });
  });

  it('class 5: "CHỦ TỊCH" after the storage line in the .doc text ("- Lưu: VT, NC.\\tCHỦ TỊCH\\t"), the name left blank: warn', async () => {
    const plan = provincialPlan('Sở Nội vụ chủ trì, theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện.').replace(
      /- Lưu: VT, NC\.\n[\s\S]*$/,
      '- Lưu: VT, NC.\tCHỦ TỊCH\t\nTheo Quyết định số 01/2025/QĐ-UBND ngày 03 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.\n',
    );
    const result = await check(plan);
    expect(result.requirements['has-signature'].status).toBe('warn');
    expect(result.requirements['has-signature'].evidence.map((e) => e.text)).toEqual(['CHỦ TỊCH']);
    expect(result.requirements['has-recipients'].status).toBe('pass');
  });

  it('class 6: a resolution "… của Chính phủ ban hành kế hoạch …" stands for its plan; "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch" does not', async () => {
    const issued = withOpening(
      'Thực hiện Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ ban hành kế hoạch triển khai Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030;',
    );
    expect(await statusOf(issued, 'cites-parent-plan')).toBe('pass');
    const own = withOpening(
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
    );
    expect(await statusOf(own, 'cites-parent-plan')).toBe('warn');
  });
});

describe('format false alarms: citation-issuer on a report that lists its own documents', () => {
  it("does not ask the issuer of the body's own documents (its symbol names it), and still asks it of another body's", async () => {
    const report = `ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 415/BC-UBND
Lâm Đồng, ngày 10 tháng 12 năm 2025
BÁO CÁO
Công tác cải cách hành chính năm 2025
I. KẾT QUẢ THỰC HIỆN
Ủy ban nhân dân tỉnh đã ban hành và triển khai: Kế hoạch số 5110/KH-UBND ngày 14/5/2025 đảm bảo hạ tầng, nền tảng số; Quyết định số 378/QĐ-UBND ngày 11/7/2025 thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ; Kế hoạch số 854/KH-UBND ngày 30/7/2025 triển khai tổ công nghệ số cộng đồng; Công văn số 1621/STC-GCS ngày 30/8/2025 về việc rà soát tài sản công.`;
    const issuers = (await check(report)).findings
      .filter((f) => f.ruleId === 'citation-issuer')
      .map((f) => report.slice(...f.range));
    expect(issuers).toEqual(['Công văn số 1621/STC-GCS ngày 30/8/2025']);
  });
});

describe('format false alarms: "GIẤY MỜI" is a document type', () => {
  it('types a Giấy mời as GM (Nghị định 30, Phụ lục III), with no "thiếu tên loại" finding', async () => {
    // The provincial excerpt's header, then an invitation.
    const header = PROVINCIAL_EXCERPT.slice(0, PROVINCIAL_EXCERPT.indexOf('KẾ HOẠCH')).replace(
      '215/KH-UBND',
      '52/GM-UBND',
    );
    const invitation = `${header}GIẤY MỜI
Họp đánh giá kết quả cải cách hành chính năm 2025
Ủy ban nhân dân tỉnh trân trọng kính mời đại diện lãnh đạo các sở, ban, ngành dự cuộc họp.
Thời gian: 14 giờ 00 ngày 22/01/2026.`;
    const result = await check(invitation);
    expect([result.documentType, result.documentTypeName]).toEqual(['GM', 'Giấy mời']);
    expect(result.findings.filter((f) => f.ruleId === 'title')).toEqual([]);
  });
});

describe('format false alarms: a Party công văn has no title line', () => {
  const letter = (number: string) => `ĐẢNG BỘ TỈNH LÀO CAI
ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH
ĐẢNG CỘNG SẢN VIỆT NAM
Lào Cai, ngày 07 tháng 9 năm 2026
${number}
về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai
Kính gửi: Ủy ban nhân dân tỉnh.
Đảng ủy Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh triển khai thực hiện.`;

  it('types "Số 2449-CV/ĐU" as CV (laocai-cv-du-ubnd-2449-ctr-104.txt), with no "thiếu tên loại" finding', async () => {
    const result = await check(letter('Số 2449-CV/ĐU'));
    expect(result.documentType).toBe('CV');
    expect(result.findings.filter((f) => f.ruleId === 'title')).toEqual([]);
  });

  it('leaves another Party number without a title untyped ("Số 56-BC/ĐU")', async () => {
    expect((await check(letter('Số 56-BC/ĐU'))).documentType).toBe('unknown');
  });
});

describe('format false alarms: a web copy that runs the công văn header together', () => {
  it('types a letter whose "V/v" follows the number on its line as CV, named "Công văn", with no "thiếu tên loại"', async () => {
    // Bảo hiểm xã hội Việt Nam, Công văn 296/BHXH-CSYT (2021) as a crawler saved it.
    const result = await check(
      'BẢO HIỂM XÃ HỘI VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n' +
        'Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n' +
        'Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi: Bảo hiểm xã hội các tỉnh.\nĐề nghị thực hiện./.',
      { profile: 'nd30' },
    );
    expect(result.documentType).toBe('CV');
    expect(result.documentTypeName).toBe('Công văn');
    expect(result.findings.filter((f) => f.ruleId === 'title')).toEqual([]);
  });
});

describe('format false alarms: a PDF text layer whose font maps codes to wrong letters is unread, not wrong', () => {
  // The shape of fixtures/real/laocai-cv-sct-3036-kiem-tra-nghiem-thu.pdf as the PDF reader gives it.
  const garbled = `UBND 7ӌ1+ LÀO CAI &Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM
6Ӣ CÔNG 7+ѬѪ1* ĈӝF OұS - 7ӵ do - +ҥQK phúc
6ӕ 3036 /SCT-CN
Lào Cai, ngày 28 tháng 5 QăP 2026
Kính JӱL Công ty Fә SKҫQ 1ăQJ OѭӧQJ %ҧR Long
1. Giai ÿRҥQ NLӇP tra: Giai ÿRҥQ hoàn thành thi công.
2. 7KӡL gian NLӇP tra: Ngày 29 tháng 05 QăP 2026.
3. ĈӏD ÿLӇP 7ҥL KLӋQ WUѭӡQJ công trình.
6ӣ Công 7KѭѫQJ thông báo ÿӇ Công ty ÿѭӧF ELӃW và SKӕL KӧS WULӇQ khai WKӵF KLӋQ.
1˯L QK̵Q
- 1Kѭ trên;
KT. GIÁM ĈӔ&
PHÓ GIÁM ĈӔ&`;

  it('says no header missing, no closing mark, no numbering break and no homoglyph there', async () => {
    const rules = (await check(garbled)).findings.map((f) => `${f.ruleId}/${f.messageId}`);
    for (const absent of ['quoc-hieu/headerMissing', 'closing-mark/missing', 'section-numbering/outOfSequence'])
      expect(rules).not.toContain(absent);
    expect(rules.filter((r) => r.startsWith('homoglyph/'))).toEqual([]);
  });

  it('says no header part, title or diacritics missing where the font garbled them too (a plan, Kế hoạch 1105/KH-ĐKT)', async () => {
    // The opening and first lines of Trangsct/skill-sct's KH-1105-DKT-ke-hoach-kiem-tra.pdf as the PDF reader gives it:
    // "6ӕ 1105 .+ Ĉ.7" is "Số: 1105/KH-ĐKT", ".ӂ +2Ҥ&+" is "KẾ HOẠCH"; the words without marks read, the rest do not.
    const plan = `6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A X√ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM
Ĉ2¬1 .,ӆ0 TRA
THEO 48<ӂ7 Ĉӎ1+
6Ӕ     4Ĉ 6&7
6ӕ 1105 .+ Ĉ.7
ĈӝF OұS - 7ӵ do - +ҥQK Ph˙c
L‡o Cai, ng‡y10 th·ng 3 QăP 2026
.ӂ +2Ҥ&+
.LӇP tra YLӋF FKҩS h‡nh Quy ÿӏQK ph·p OXұW trong sӱ dөng v‡ bҧo quҧn vұt
liӋu nә cÙng nghiӋp trÍn ÿӏa b‡n tӍnh L‡o Cai
7KӵF KLӋQ 4X\\ӃW ÿӏQK Vӕ      4Ĉ 6&7 ng‡y 06/3/2026 FӫD Gi·m ÿӕF 6ӣ
CÙng 7KѭѫQJ WӍQK L‡o Cai YӅ YLӋF NLӇP tra YLӋF FKҩS h‡nh Quy ÿӏQK ph·p OXұW
trong Vӱ GөQJ v‡ EҧR TXҧQ YұW OLӋX Qә cÙng QJKLӋS trÍn ÿӏD b‡n WӍQK L‡o Cai.
7UѭӣQJ ÿRjQ NLӇP tra OұS NӃ KRҥFK WLӃQ h‡nh NLӇP tra QKѭ sau:
1. 0өF tiÍu
- ĈiQK gi· to‡n GLӋQ  kh·ch quan tÏnh hÏnh FKҩS h‡nh c·c quy ÿӏQK FӫD ph·p
OXұW YӅ Vӱ GөQJ v‡ EҧR TXҧQ vұW OLӋX Qә cÙng QJKLӋS WҥL c·c ÿѫQ Yӏ cÛ KRҥW ÿӝQJ`;
    const rules = (await check(plan)).findings.map((f) => `${f.ruleId}/${f.messageId}`);
    for (const absent of ['quoc-hieu/blockMissing', 'so-ky-hieu/missing', 'date-line/missing', 'title/missing'])
      expect(rules).not.toContain(absent);
    expect(rules).not.toContain('syllable/noDiacritics');
  });

  it('still says the header is missing where the opening is readable text', async () => {
    const lost = garbled.slice(garbled.indexOf('Kính')).replace(/[\u0370-\u052f]/g, 'a');
    expect((await check(lost)).findings.map((f) => `${f.ruleId}/${f.messageId}`)).toContain('quoc-hieu/headerMissing');
  });
});
