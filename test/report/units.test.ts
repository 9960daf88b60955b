/** The report's building blocks: quotes, dates, paths, input collection, CSV fields, progress, safe outputs. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactUri, commonFolder, csvField, escapeHtml, sendBackText } from '@soat/checker/formatters';
import { collectInputs, progressLine } from '@soat/checker/node';
import {
  formatPlanDate,
  quoteAround,
  quoteText,
  sourceHref,
  sourceRootOf,
  type CheckedEntry,
} from '@soat/checker/report';
import { PLANS, report, ROOT, tempDir } from './run';

describe('quoteAround', () => {
  const text =
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau: một hai ba bốn năm sáu bảy tám.';
  it('keeps a few whole words either side and marks where it cuts', () => {
    const start = text.indexOf('Ủy ban');
    const q = quoteAround(text, [start, start + 'Ủy ban nhân dân xã'.length]);
    expect(q).toEqual({
      before: '…chính quyền địa phương ngày 16/6/2025; ',
      match: 'Ủy ban nhân dân xã',
      after: ' ban hành Kế hoạch thực hiện…',
    });
    expect(quoteText(q)).toBe(
      '…chính quyền địa phương ngày 16/6/2025; «Ủy ban nhân dân xã» ban hành Kế hoạch thực hiện…',
    );
  });
  it('has no ellipsis at the ends of the text, and squashes line breaks', () => {
    expect(quoteAround('Nơi nhận:\n- Sở Nội vụ;', [0, 9])).toEqual({
      before: '',
      match: 'Nơi nhận:',
      after: ' - Sở Nội vụ;',
    });
  });
  it('points with ‸ at an empty range', () => {
    expect(quoteText(quoteAround('TM. ỦY BAN NHÂN DÂN', [19, 19]))).toBe('TM. ỦY BAN NHÂN DÂN‸');
  });
});

describe('formatPlanDate', () => {
  it('writes dates as Nghị định 30 does: leading zero for days below 10 and for months 1 and 2', () => {
    expect(formatPlanDate('2026-03-09')).toBe('09/3/2026');
    expect(formatPlanDate('2026-01-15')).toBe('15/01/2026');
    expect(formatPlanDate('2026-12-25')).toBe('25/12/2026');
    expect(formatPlanDate(null)).toBeNull();
  });
});

describe('paths', () => {
  it('finds the folder shared by all paths', () => {
    expect(commonFolder(['a/b/c.txt', 'a/b/d/e.txt'])).toBe('a/b/');
    expect(commonFolder(['a/b/c.txt', 'a/bc/d.txt'])).toBe('a/');
    expect(commonFolder(['x.txt', 'a/y.txt'])).toBe('');
  });
  it('links a document to its source file', () => {
    expect(sourceHref('nop/kế hoạch #2.docx', sourceRootOf('/srv/so noi vu'))).toBe(
      'file:///srv/so%20noi%20vu/nop/k%E1%BA%BF%20ho%E1%BA%A1ch%20%232.docx',
    );
    expect(sourceHref('C:/nop/a.txt', undefined)).toBe('file:///C:/nop/a.txt');
    expect(sourceHref('nop/a.txt', undefined)).toBeNull();
    expect(sourceHref('-', '/srv/')).toBeNull();
  });
  it('turns paths into URI references', () => {
    expect(artifactUri('hồ sơ/kế hoạch #2.docx')).toBe('h%E1%BB%93%20s%C6%A1/k%E1%BA%BF%20ho%E1%BA%A1ch%20%232.docx');
    expect(artifactUri('/srv/a b.txt')).toBe('file:///srv/a%20b.txt');
  });
});

describe('collectInputs', () => {
  it('walks folders recursively, expands globs, skips non-documents, lock files and hidden files, sorts naturally', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'xã A', '.git'), { recursive: true });
    for (const f of [
      'xã A/kh 10.docx',
      'xã A/kh 9.txt',
      'xã A/~$kh 9.docx',
      'xã A/ảnh.jpg',
      'xã A/.an.txt',
      'xã A/.git/x.txt',
      'b.pdf',
    ]) {
      await writeFile(join(dir, f), 'x');
    }
    const found = await collectInputs(['xã A', '*.pdf', 'khong-co.txt'], { cwd: dir });
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'b.pdf',
      'khong-co.txt',
      'xã A/kh 9.txt',
      'xã A/kh 10.docx',
    ]);
    expect(found.skipped).toEqual([
      { path: 'xã A/~$kh 9.docx', reason: 'office-lock-file' },
      { path: 'xã A/ảnh.jpg', reason: 'not-a-document' },
    ]);
  });
});

describe('csvField', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('- Sở Nội vụ;')).toBe("'- Sở Nội vụ;");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<b a="1">'&`)).toBe('&#60;b a=&#34;1&#34;&#62;&#39;&#38;');
  });
});

describe('sendBackText', () => {
  const base: CheckedEntry = {
    kind: 'checked',
    path: 'xa/ke-hoach.docx',
    format: 'docx',
    documentType: 'KH',
    documentTypeName: 'KẾ HOẠCH',
    plan: { year: 2026, date: '2026-03-09', number: '73/KH-UBND', issuer: 'UBND xã Sơn Dương', level: 'xã' },
    requirements: {
      'cites-parent-plan': { title: 'Kế hoạch trích dẫn văn bản cấp trên mà nó thực hiện', status: 'pass' },
      'assigns-responsible-units': { title: 'Kế hoạch phân công đơn vị chịu trách nhiệm', status: 'pass' },
      'has-recipients': { title: 'Kế hoạch có phần "Nơi nhận"', status: 'fail', messageId: 'missing' },
      'has-signature': { title: 'Kế hoạch có phần ký: thẩm quyền, chức vụ và họ tên người ký', status: 'pass' },
      'covers-election-2026': { title: 'Kế hoạch năm 2026 có nhiệm vụ phục vụ bầu cử', status: 'pass' },
    },
    findings: [
      {
        ruleId: 'has-recipients',
        messageId: 'missing',
        severity: 'error',
        line: 90,
        column: 1,
        source: { kind: 'docx', paragraph: 88 },
        quote: { before: '', match: '', after: '' },
      },
      {
        ruleId: 'dash-spacing',
        messageId: 'x',
        severity: 'warning',
        template: { vi: 'Thiếu dấu cách sau gạch đầu dòng.', en: 'No space after the dash.' },
        line: 3,
        column: 1,
        source: { kind: 'docx', paragraph: 3 },
        quote: { before: '', match: '-', after: '' },
      },
      {
        ruleId: 'dash-spacing',
        messageId: 'x',
        severity: 'warning',
        template: { vi: 'Thiếu dấu cách sau gạch đầu dòng.', en: 'No space after the dash.' },
        line: 7,
        column: 1,
        source: { kind: 'docx', paragraph: 7 },
        quote: { before: '', match: '-', after: '' },
      },
    ],
    verdict: 'fail',
  };
  it('names the plan as a reply letter does and lists each point once, with where it occurs', () => {
    expect(sendBackText(base)).toBe(
      [
        'Kế hoạch số 73/KH-UBND ngày 09/3/2026 của UBND xã Sơn Dương (tệp "ke-hoach.docx") chưa đáp ứng yêu cầu. Đề nghị rà soát, chỉnh sửa, bổ sung các nội dung sau:',
        '1. Kế hoạch thiếu phần "Nơi nhận".',
        'Ngoài ra, đề nghị xem xét:',
        '- Thiếu dấu cách sau gạch đầu dòng (2 chỗ: đoạn 3; đoạn 7).',
      ].join('\n'),
    );
  });
  it('says the page setup is the whole document’s instead of pointing at the paragraph it is anchored at', () => {
    const margin = {
      ...base.findings[0]!,
      ruleId: 'typography',
      messageId: 'page',
      severity: 'warning',
      data: { value: 'lề trái 25 mm', expected: '30–35 mm' },
      source: { kind: 'docx', paragraph: 1 },
      quote: { before: '', match: 'ỦY BAN NHÂN DÂN', after: '' },
    } as const;
    const text = sendBackText({ ...base, findings: [margin] })!;
    expect(text).toContain('- Trang in: lề trái 25 mm, quy định 30–35 mm (toàn văn bản).');
    expect(text).not.toContain('đoạn 1');
  });
  it('names no place for a part the document lacks: its anchor is only where the part was looked for', () => {
    const absent = {
      ...base.findings[0]!,
      ruleId: 'quoc-hieu',
      messageId: 'blockMissing',
      source: { kind: 'docx', paragraph: 2 },
      quote: { before: '', match: 'Số: /UBND-VHXH', after: '' },
    } as const;
    const text = sendBackText({ ...base, findings: [absent] })!;
    expect(text).toContain('1. Văn bản thiếu Quốc hiệu và Tiêu ngữ');
    expect(text).not.toMatch(/đoạn 2|Số: \/UBND-VHXH"?\)\.$/m);
  });
  it('asks for the file again when it cannot be read, without the advice meant for the reviewer', () => {
    const unreadable = {
      kind: 'unreadable',
      path: 'hong/kh.pdf',
      code: 'encrypted',
      message: 'm',
      messageEn: 'm',
      verdict: 'unreadable',
    } as const;
    expect(
      sendBackText({
        ...unreadable,
        messageVi: 'Tệp PDF được bảo vệ bằng mật khẩu (mã hóa). Hãy bỏ mật khẩu rồi kiểm tra lại.',
      }),
    ).toBe(
      'Tệp "kh.pdf" không đọc được: Tệp PDF được bảo vệ bằng mật khẩu (mã hóa). Đề nghị gửi lại bản điện tử của văn bản (định dạng .docx, .doc, .pdf có lớp chữ hoặc .txt).',
    );
  });
  it('is absent for a document that passes', () => {
    expect(sendBackText({ ...base, findings: [], verdict: 'pass' })).toBeNull();
  });
});

describe('progressLine', () => {
  it('shows files done, rate and time left', () => {
    expect(progressLine(120, 2000, 0.4, 'vi')).toBe(
      '▕█░░░░░░░░░░░░░░░░░░░░░░░▏ 120/2000 tệp · 300 tệp/giây · còn 7 giây',
    );
    expect(progressLine(10, 20000, 1, 'en')).toBe(
      '▕░░░░░░░░░░░░░░░░░░░░░░░░▏ 10/20000 files · 10 files/s · left 34 min',
    );
  });
  it('is drawn on a terminal only', async () => {
    const quiet = await report([`${PLANS}/tinh-lang-son`], { outputs: true });
    expect(quiet.stderr).toBe('');
    const tty = await report([`${PLANS}/tinh-lang-son`], { outputs: true, isTTY: true });
    expect(tty.stderr).toContain('3/3 tệp');
  });
});

describe('outputs are safe', () => {
  it('never replaces a report.html that soát did not write at the default path', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'report.html'), '<p>của người dùng</p>');
    const run = await report([join(ROOT, PLANS, 'tinh-lang-son')], { outputs: false, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report.html đã có và không phải báo cáo của soát; chọn tệp khác với --out');
    expect(await readFile(join(cwd, 'report.html'), 'utf8')).toBe('<p>của người dùng</p>');
    expect(await readdir(cwd)).toEqual(['report.html']);
  });

  it('replaces its own previous report at the default path', async () => {
    const cwd = await tempDir();
    expect((await report([join(ROOT, PLANS, 'xa-mau/ke-hoach-mau.txt')], { outputs: false, cwd })).code).toBe(0);
    expect((await report([join(ROOT, PLANS, 'xa-mau/ke-hoach-mau.txt')], { outputs: false, cwd })).code).toBe(0);
    expect(await readdir(cwd)).toEqual(['report.html']);
  });

  it('refuses to write over an input', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'a.txt'), await readFile(join(ROOT, PLANS, 'xa-mau/ke-hoach-mau.txt')));
    const run = await report(['a.txt', '--csv', 'a.txt'], { outputs: false, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cũng là một tệp đầu vào');
  });
});
