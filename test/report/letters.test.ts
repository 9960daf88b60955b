/**
 * The send-back letters: a Công văn .docx per plan to return (Nghị định 30/2020, Phụ lục III, Mẫu 1.5), which
 * the checker's own .docx reader reads back as a Công văn with no format error and no tool jargon, and which
 * `soat report --letters <folder>` writes without ever replacing a file it did not write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { check, readBytes } from '@soat/checker';
import {
  checkForEntry,
  sendBackLetter,
  sendBackLetters,
  unreadableEntry,
  type ReportEntry,
} from '@soat/checker/report';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyName, type LetterOptions } from '@soat/checker/report';
import { DOCUMENTS, REAL } from '../fixtures';
import { PLANS, report, ROOT, tempDir } from './run';

const SETTINGS: LetterOptions = {
  organisation: ['UBND TỈNH LẠNG SƠN', 'SỞ NỘI VỤ'],
  symbol: 'SNV-XDCQ',
  place: 'Lạng Sơn',
  signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  deadlineDays: 7,
  date: new Date(2026, 2, 20),
};

const entryOf = async (name: string) =>
  (
    await checkForEntry(
      `nop/${name}.txt`,
      await readBytes(new Uint8Array(readFileSync(join(DOCUMENTS, name, 'input.txt')))),
      {},
      false,
    )
  ).entry;

const realEntry = async (file: string) =>
  (
    await checkForEntry(
      `nop/${file}`,
      await readBytes(new Uint8Array(readFileSync(join(REAL, file))), { name: file }),
      {},
      false,
    )
  ).entry;

async function letterOf(entry: ReportEntry, options: LetterOptions = SETTINGS) {
  const doc = await readBytes(sendBackLetter(entry, options)!, { name: 'letter.docx' });
  return { doc, result: await check(doc) };
}

/** Words a clerk must never read in a letter: the tool, its identifiers, where it found things. */
const JARGON =
  /ruleId|messageId|(?<!rà )soát|soat|\.(?:txt|docx?|pdf|json)\b|fixtures|packages\/|dòng \d|cột \d|\b[a-z]+-[a-z]+(?:-[a-z]+)*\/[a-z]/iu;

describe('send-back letters', () => {
  it('reads back as a Công văn to the plan’s issuer, with the reviewing body, the basis, the items, the deadline and the signer', async () => {
    const { doc, result } = await letterOf(await entryOf('001-dai-son'));
    expect(result.documentType).toBe('CV');
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'SỞ NỘI VỤ',
      'Số:        /SNV-XDCQ',
      'V/v đề nghị chỉnh sửa, bổ sung Kế hoạch',
    ]);
    expect(lines).toContain('Lạng Sơn, ngày      tháng      năm 2026');
    expect(lines).toContain('Kính gửi: Ủy ban nhân dân xã Đại Sơn.');
    expect(doc.text).toContain('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư');
    expect(doc.text).toContain(
      'trong thời hạn 07 ngày làm việc kể từ ngày nhận được Công văn này./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, XDCQ.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
    );
  });

  it('lists one item per kind of defect, quoting the places instead of line and column', async () => {
    const entry = await entryOf('001-dai-son');
    const dashes = entry.findings.filter((f) => f.ruleId === 'dash-spacing');
    expect(dashes.length).toBeGreaterThan(3);
    const { doc } = await letterOf(entry);
    const items = doc.text.split('\n').filter((l) => l.startsWith('- Gạch nối'));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('“triển kinh tế- xã hội, giữ”');
    expect(items[0]).toMatch(/và \d+ chỗ khác\);$/);
    // Errors are numbered, one per kind; the three errors of this plan are three different defects.
    expect(doc.text.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(3);
  });

  it('asks for a part the plan lacks (its rule declares the message `absent`) without quoting where it is anchored', async () => {
    // Seed 001 lacks its Quốc hiệu and Tiêu ngữ, reported at its "Số:" line, which is no place to correct.
    const entry = await entryOf('001-dai-son');
    expect(entry.findings.filter((f) => f.ruleId === 'quoc-hieu').map((f) => [f.messageId, f.quote.match])).toEqual([
      ['blockMissing', 'Số: /UBND-VHXH'],
    ]);
    const header = (await letterOf(entry)).doc.text
      .split('\n')
      .filter((l) => l.includes('thiếu Quốc hiệu và Tiêu ngữ'));
    expect(header).toHaveLength(1);
    expect(header[0]).not.toContain('Số: /UBND-VHXH');
  });

  it('asks for the original file when the text has no diacritics, and never names the issuer in folded capitals', async () => {
    const { doc, result } = await letterOf(await entryOf('002-son-duong-ocr'));
    expect(result.documentType).toBe('CV');
    expect(doc.text).toContain('V/v đề nghị gửi bản gốc Kế hoạch số 73/KH-UBND ngày 09/3/2026');
    expect(doc.text).toContain('Kính gửi: Ủy ban nhân dân xã …………');
    expect(doc.text).toContain('gửi lại bản gốc');
    expect(doc.text).not.toMatch(/UY BAN|NHAN DAN|SON DUONG/);
    expect(doc.text).not.toMatch(/^\d+\. /m);
  });

  it('names bodies as a sentence does, from capitals, abbreviations and header lines run together', () => {
    expect(bodyName('ỦY BAN NHÂN DÂN XÃ SƠN DƯƠNG')).toBe('Ủy ban nhân dân xã Sơn Dương');
    expect(bodyName('UBND xã Đại Sơn')).toBe('Ủy ban nhân dân xã Đại Sơn');
    expect(bodyName('UBND THÀNH PHỐ HẢI PHÒNG')).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(
      bodyName('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ SƠN DƯƠNG Độc lập - Tự do - Hạnh phúc'),
    ).toBe('Ủy ban nhân dân xã Sơn Dương');
    expect(bodyName('UỶ BAN MTTQ VIỆT NAM PHƯỜNG BẮC CAM RANH BAN THƯỜNG TRỰC')).toBe(
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh',
    );
    expect(bodyName('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG DỰ THẢO')).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(bodyName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    // A name that capitalises a second part (data/capitalisation.json): "Công Thương", "Nông nghiệp và Môi trường".
    expect(bodyName('SỞ CÔNG THƯƠNG TỈNH LÀO CAI')).toBe('Sở Công Thương tỉnh Lào Cai');
    expect(bodyName('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toBe('Sở Nông nghiệp và Môi trường');
    // Without diacritics only the words that can be restored are kept; the name is left for the clerk.
    expect(bodyName('UY BAN NHAN DAN XA SON DUONG')).toBe('Ủy ban nhân dân xã …………');
    expect(bodyName('Ủy ban nhân dân xã')).toBe('Ủy ban nhân dân xã …………');
  });

  describe('every letter for the seeds and the real plans', () => {
    const letters: { name: string; text: string; unjustified: string[] }[] = [];
    /**
     * The only findings a letter may draw from soát: its "Số:" and its date are left blank for the văn thư, who
     * numbers and dates a Công văn when it is signed (Nghị định 30/2020/NĐ-CP, Điều 15 and Phụ lục III, Mẫu 1.5).
     */
    const JUSTIFIED = new Set(['unnumbered-draft/blankNumber', 'unnumbered-draft/blankDay']);
    beforeAll(async () => {
      const seeds = readdirSync(DOCUMENTS).map((name) => entryOf(name));
      const real = readdirSync(REAL)
        .filter((f) => /\.docx$/.test(f))
        .map((f) => realEntry(f));
      for (const entry of await Promise.all([...seeds, ...real])) {
        const letter = sendBackLetter(entry, SETTINGS);
        if (!letter) continue;
        const doc = await readBytes(letter, { name: 'letter.docx' });
        const result = await check(doc);
        expect(result.documentType, entry.path).toBe('CV');
        letters.push({
          name: entry.path,
          text: doc.text,
          unjustified: result.findings
            .filter((f) => !JUSTIFIED.has(`${f.ruleId}/${f.messageId}`))
            .map((f) => `${f.ruleId}/${f.messageId} ${doc.text.slice(...f.range)}`),
        });
      }
    });

    it('are written for the plans to return', () => {
      expect(letters.length).toBeGreaterThanOrEqual(15);
    });

    it("draw no finding from soát but the blank number and date: the plan's citations and typos they quote are the plan's", () => {
      expect(letters.filter((l) => l.unjustified.length).map((l) => [l.name, l.unjustified])).toEqual([]);
    });

    it('quote what they take from the plan: its citations as soát names them, and the places', () => {
      const dai = letters.find((l) => l.name === 'nop/001-dai-son.txt')!.text;
      expect(dai).toContain('tại “triển kinh tế- xã hội, giữ”');
      const tinh = letters.find((l) => l.name === 'nop/lamdong-khcchc-2026-cua-tinh.docx')!.text;
      expect(tinh).toMatch(/chỉ trích dẫn “Nghị quyết 202\/2025\/QH15, [^”\n]*”/u);
    });

    it('say plainly that the page setup is the whole document’s, never quoting the header as its place', () => {
      const thiDua = letters.find((l) => l.name === 'nop/lamdong-kh-thi-dua-cchc-2026.docx')!.text;
      expect(thiDua).toContain('- Trang in: lề trái 25 mm, quy định 30–35 mm (toàn văn bản).');
      const tuyenTruyen = letters.find((l) => l.name === 'nop/lamdong-kh-tuyen-truyen-cchc-2026.docx')!.text;
      expect(tuyenTruyen).toContain(
        '- Trang in: lề trên 18 mm, quy định 20–25 mm; lề dưới 18 mm, quy định 20–25 mm; lề trái 28 mm, quy định 30–35 mm (toàn văn bản)',
      );
      const headers = letters.filter((l) => /tại “(?:ỦY BAN NHÂN DÂN|UBND TỈNH [^”]*)”/u.test(l.text));
      expect(headers.map((l) => l.name)).toEqual([]);
    });

    it('carry no tool jargon', () => {
      expect(letters.filter((l) => JARGON.test(l.text)).map((l) => `${l.name}: ${JARGON.exec(l.text)![0]}`)).toEqual(
        [],
      );
    });
  });

  it('zips one letter per plan to return only', async () => {
    const entries = [
      await entryOf('001-dai-son'),
      await entryOf('model-tan-an'),
      unreadableEntry('nop/hong.docx', new Error('x'), 'vi', false),
      await entryOf('000-son-duong'),
    ];
    expect(entries.map((e) => e.verdict)).toEqual(['fail', 'pass', 'unreadable', 'fail']);
    const zip = unzipSync(sendBackLetters(entries, { date: new Date() })!);
    expect(Object.keys(zip)).toEqual([
      '001-cong-van-tra-lai-001-dai-son.docx',
      '004-cong-van-tra-lai-000-son-duong.docx',
    ]);
    expect(sendBackLetters(entries.slice(1, 3), { date: new Date() })).toBeNull();
  });
});

describe('soat report --letters', () => {
  async function folderWithPlans(): Promise<string> {
    const dir = await tempDir();
    await cp(join(ROOT, PLANS), join(dir, 'plans'), { recursive: true });
    await writeFile(
      join(dir, 'soat.config.json'),
      JSON.stringify({
        letters: {
          organisation: ['SỞ NỘI VỤ'],
          symbol: 'SNV-XDCQ',
          place: 'Lạng Sơn',
          signer: ['GIÁM ĐỐC'],
          deadlineDays: 10,
        },
      }),
    );
    return dir;
  }

  it('writes one letter per plan to return into the folder, with the configured body, and replaces its own letters on the next run', async () => {
    const dir = await folderWithPlans();
    const run = await report(['plans', '--letters', 'cong-van'], { outputs: false, cwd: dir });
    // 2: the folder holds unreadable files too.
    expect(run.code).toBe(2);
    const names = await readdir(join(dir, 'cong-van'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^\d{3}-cong-van-tra-lai-.+\.docx$/.test(n))).toBe(true);
    expect(run.stdout).toContain(`${names.length} công văn trả lại trong cong-van`);
    const doc = await readBytes(new Uint8Array(await readFile(join(dir, 'cong-van', names[0]!))), { name: names[0] });
    expect(doc.text).toContain('SỞ NỘI VỤ\nSố:        /SNV-XDCQ');
    expect(doc.text).toContain('trong thời hạn 10 ngày làm việc');
    const again = await report(['plans', '--letters', 'cong-van', '--out', 'bao-cao.html'], {
      outputs: false,
      cwd: dir,
    });
    // The HTML report links each plan to send back to its letter.
    const html = await readFile(join(dir, 'bao-cao.html'), 'utf8');
    const links = [...html.matchAll(/<a class="letter" href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.map((l) => l.slice(l.lastIndexOf('/') + 1)).sort()).toEqual([...names].sort());
    expect(links.every((l) => l.startsWith(`file://${join(dir, 'cong-van')}/`))).toBe(true);
    expect(again.stdout).toContain(`${names.length} công văn trả lại`);
    expect((await readdir(join(dir, 'cong-van'))).sort()).toEqual(names.sort());
  });

  it('refuses, before checking anything, to replace a file it did not write, to write inside an input folder, or to write to a file', async () => {
    const dir = await folderWithPlans();
    const first = await report(['plans', '--letters', 'cong-van'], { outputs: false, cwd: dir });
    const [name] = await readdir(join(dir, 'cong-van'));
    await writeFile(join(dir, 'cong-van', name!), 'công văn của tôi');
    const refused = await report(['plans', '--letters', 'cong-van'], { outputs: false, cwd: dir });
    expect(first.stdout).toContain('công văn trả lại');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('không phải công văn do soát viết');
    expect(await readFile(join(dir, 'cong-van', name!), 'utf8')).toBe('công văn của tôi');

    const inside = await report(['plans', '--letters', 'plans/tra-lai'], { outputs: false, cwd: dir });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('nằm trong thư mục đầu vào');

    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'x', 'tep'), '');
    const file = await report(['plans', '--letters', 'x/tep'], { outputs: false, cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('không phải thư mục');
  });

  it('asks for the reviewing body’s details before writing letters without them', async () => {
    const dir = await folderWithPlans();
    await writeFile(join(dir, 'soat.config.json'), JSON.stringify({ letters: { organisation: ['SỞ NỘI VỤ'] } }));
    const run = await report(['plans', '--letters', 'cong-van'], { outputs: false, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('thiếu: place, signer');
  });

  it('rejects a letters setting of the wrong shape, naming the file and the key', async () => {
    const dir = await folderWithPlans();
    await writeFile(join(dir, 'soat.config.json'), JSON.stringify({ letters: { deadlineDays: 'mười', signer: [] } }));
    const run = await report(['plans', '--letters', 'cong-van'], { outputs: false, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('soat.config.json');
    expect(run.stderr).toContain('letters.deadlineDays');
    expect(run.stderr).toContain('letters.signer');
  });
});
