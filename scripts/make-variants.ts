/**
 * Writes fixtures/documents/<case>/{input.txt,labels.json}: the five seed plans and variants derived
 * from them (NFD, no diacritics, CRLF + NBSP, heading numbers removed, requirement blocks removed), each with the statuses
 * it must get. Seeds are read from ../shared/seeds when present; the outputs are committed.
 *   pnpm exec tsx scripts/make-variants.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Status = 'pass' | 'warn' | 'fail' | 'not-applicable';
type Statuses = Record<
  'cites-parent-plan' | 'assigns-responsible-units' | 'has-recipients' | 'has-signature' | 'covers-election-2026',
  Status
>;

const root = join(import.meta.dirname, '..');
const out = join(root, 'fixtures', 'documents');
const shared = join(root, '..', 'shared', 'seeds');

const seeds: Record<string, { file: string; title: string; statuses: Statuses }> = {
  '000-son-duong': {
    file: '000_dc03af2d1045684a.txt',
    title: 'UBND xã Sơn Dương, Kế hoạch 73/KH-UBND (text layer, header lost)',
    statuses: {
      'cites-parent-plan': 'pass',
      'assigns-responsible-units': 'pass',
      'has-recipients': 'pass',
      'has-signature': 'pass',
      'covers-election-2026': 'fail',
    },
  },
  '001-dai-son': {
    file: '001_2b1edfb18d497857.txt',
    title: 'UBND xã Đại Sơn, Kế hoạch dân vận chính quyền 2026 (draft)',
    statuses: {
      'cites-parent-plan': 'warn',
      'assigns-responsible-units': 'pass',
      'has-recipients': 'pass',
      'has-signature': 'pass',
      'covers-election-2026': 'pass',
    },
  },
  '002-son-duong-ocr': {
    file: '002_21c59585e31adcd9.txt',
    title: 'OCR copy of 000 without diacritics',
    statuses: {
      'cites-parent-plan': 'pass',
      'assigns-responsible-units': 'pass',
      'has-recipients': 'pass',
      'has-signature': 'pass',
      'covers-election-2026': 'fail',
    },
  },
  '003-lang-son': {
    file: '003_3d2de3bbd3ce0c33.txt',
    title: 'UBND tỉnh Lạng Sơn, Kế hoạch dân vận chính quyền 2026',
    statuses: {
      'cites-parent-plan': 'pass',
      'assigns-responsible-units': 'pass',
      'has-recipients': 'pass',
      'has-signature': 'pass',
      'covers-election-2026': 'pass',
    },
  },
  '004-xa-2023': {
    file: '004_0c0d733a24d33500.txt',
    title: 'Commune plan for 2023 (pre-reform)',
    statuses: {
      'cites-parent-plan': 'warn',
      'assigns-responsible-units': 'pass',
      'has-recipients': 'pass',
      'has-signature': 'pass',
      'covers-election-2026': 'not-applicable',
    },
  },
};

function write(name: string, text: string, source: string, statuses: Statuses): void {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.txt'), text);
  writeFileSync(join(dir, 'labels.json'), `${JSON.stringify({ source, statuses }, null, 2)}\n`);
}

const stripDiacritics = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
/** Remove the paragraphs from the one matching `from` up to (not including) the one matching `to`. */
function cut(text: string, from: RegExp, to: RegExp | null): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => from.test(l));
  const b = to ? lines.findIndex((l, i) => i > a && to.test(l)) : lines.length;
  if (a < 0 || b < 0) throw new Error(`cut: ${from} not found`);
  return [...lines.slice(0, a), ...lines.slice(b)].join('\n');
}

for (const [name, seed] of Object.entries(seeds)) {
  const path = existsSync(shared) ? join(shared, seed.file) : join(out, name, 'input.txt');
  const text = readFileSync(path, 'utf8');
  write(name, text, `seed ${seed.file}: ${seed.title}`, seed.statuses);
  if (name === '002-son-duong-ocr') continue;
  write(`${name}--nfd`, text.normalize('NFD'), `derived from ${name}: decomposed Unicode (NFD)`, seed.statuses);
  write(`${name}--no-diacritics`, stripDiacritics(text), `derived from ${name}: diacritics removed`, seed.statuses);
  write(
    `${name}--unnumbered`,
    text.replace(/^(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s+/gmu, ''),
    `derived from ${name}: heading numbers (I., 1., a)) removed, as a .doc gives Word's automatic numbering`,
    seed.statuses,
  );
  write(
    `${name}--crlf-nbsp`,
    text.replace(/\r?\n/g, '\r\n').replace(/ (số|ngày|xã) /g, '\u00a0$1\u00a0'),
    `derived from ${name}: CRLF line endings and non-breaking spaces`,
    seed.statuses,
  );
}

const s000 = readFileSync(join(out, '000-son-duong', 'input.txt'), 'utf8');
const s001 = readFileSync(join(out, '001-dai-son', 'input.txt'), 'utf8');
const s003 = readFileSync(join(out, '003-lang-son', 'input.txt'), 'utf8');
write(
  '000-son-duong--no-recipients',
  cut(s000, /^Nơi nhận:/, /TM\. UỶ BAN/),
  'derived from 000-son-duong: Nơi nhận block removed',
  { ...seeds['000-son-duong']!.statuses, 'has-recipients': 'fail' },
);
write(
  '000-son-duong--no-signature',
  cut(s000, /TM\. UỶ BAN/, null),
  'derived from 000-son-duong: signature block removed',
  { ...seeds['000-son-duong']!.statuses, 'has-signature': 'fail' },
);
write(
  '001-dai-son--no-organization',
  cut(s001, /^III\. TỔ CHỨC THỰC HIỆN/, /^Trên đây là/),
  'derived from 001-dai-son: section III. TỔ CHỨC THỰC HIỆN removed',
  { ...seeds['001-dai-son']!.statuses, 'assigns-responsible-units': 'fail' },
);
write(
  '001-dai-son--no-preamble',
  cut(s001, /^Căn cứ Luật/, /^I\. MỤC ĐÍCH/),
  'derived from 001-dai-son: the căn cứ paragraphs removed (only the trích yếu remains)',
  { ...seeds['001-dai-son']!.statuses, 'cites-parent-plan': 'fail' },
);
write(
  '003-lang-son--generic-election',
  s003.replace(/\s*khóa XVI/g, '').replace(/\s*nhiệm kỳ\s+2026\s*-\s*2031/g, ''),
  'derived from 003-lang-son: the election named without khóa XVI / nhiệm kỳ 2026-2031',
  { ...seeds['003-lang-son']!.statuses, 'covers-election-2026': 'warn' },
);
write(
  '003-lang-son--wrong-term',
  s003.replace(/khóa XVI/g, 'khóa XV').replace(/2026 -(\s*)2031/g, '2021 -$12026'),
  'derived from 003-lang-son: the election named with the previous term (khóa XV, 2021-2026)',
  { ...seeds['003-lang-son']!.statuses, 'covers-election-2026': 'fail' },
);
console.log('fixtures/documents written');
