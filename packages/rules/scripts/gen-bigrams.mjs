// Writes data/bigrams.json: how often each Vietnamese syllable, and each pair of adjacent syllables, occurs in
// public-domain administrative and legal text (Luật Sở hữu trí tuệ, Điều 15: legal and administrative documents
// are not protected by copyright). The checker ranks spelling suggestions and finds real words in the wrong place
// with these counts (docs/decisions/0011-spelling-suggestions.md).
//
//   pnpm --filter @soat/rules data:bigrams <dir>
//
// <dir> holds the source texts named in SOURCES below (.txt as is, .json: the `content` of each provision), exported from
// the two public repositories with `git show <commit>:<path>`; the five seed plans of fixtures/documents are
// counted too. The twelve real documents of ../shared/corpus are deliberately NOT counted: they are the held-out
// test set of `pnpm eval` (suggestion accuracy, real-word false alarms).
//
// Words are lower-cased, NFC, and counted only when they are syllables of data/syllables.json (so names and
// abbreviations fall out); a pair is two syllables separated by spaces only (punctuation ends the context).
// Pruned to what ranks: syllables seen at least MIN_UNIGRAM times, pairs seen at least MIN_BIGRAM times.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = [
  {
    repo: 'khanhng29/word_recommend',
    commit: '484a2cb50e05678097970f0198e7ef8f6c4f6910',
    files: ['data/data_19_9_2023.txt'],
    what: 'văn bản hành chính (báo cáo, biên bản, chỉ thị, công văn, đề án, hướng dẫn, kế hoạch)',
  },
  {
    repo: 'Ansvar-Systems/vietnamese-law-mcp',
    commit: 'dc9ac73e9ca843ff62b75b42cfcc6158ee7d61f0',
    files: ['penal-code-2015', 'constitution-2013', 'information-technology-law-2006', 'cybersecurity-law-2018'].map(
      (name) => `data/seed/${name}.json`,
    ),
    what: 'văn bản quy phạm pháp luật: Bộ luật Hình sự 2015, Hiến pháp 2013, Luật Công nghệ thông tin 2006, Luật An ninh mạng 2018',
  },
];
/** The seed plans (the originals, not their derived variants), from the repository itself. */
const SEEDS = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023'].map(
  (name) => `fixtures/documents/${name}/input.txt`,
);
const MIN_UNIGRAM = 2;
const MIN_BIGRAM = 3;

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/gen-bigrams.mjs <directory holding the source files named in SOURCES>');
  process.exit(1);
}
const syllables = JSON.parse(readFileSync(join(root, 'data/syllables.json'), 'utf8')).syllables.split(' ');

// Both tone-mark placements ("hòa", "hoà") count as the list's spelling: the key is the letters and the tone.
const TONES = new Map([
  ['\u0300', 1],
  ['\u0301', 2],
  ['\u0303', 3],
  ['\u0309', 4],
  ['\u0323', 5],
]);
function toneKey(word) {
  let base = '';
  let tone = 0;
  for (const c of word.normalize('NFD')) {
    const t = TONES.get(c);
    if (t) tone = t;
    else base += c;
  }
  return base.normalize('NFC') + tone;
}
const canonical = new Map(syllables.map((s) => [toneKey(s), s]));

function plainText(file, raw) {
  return file.endsWith('.json')
    ? JSON.parse(raw)
        .provisions.map((p) => p.content)
        .join('\n')
    : raw;
}

const repoRoot = join(root, '..', '..');
const texts = [
  ...SOURCES.flatMap((source) =>
    source.files.map((path) => {
      const name = path.split('/').at(-1);
      return plainText(name, readFileSync(join(dir, name), 'utf8'));
    }),
  ),
  ...SEEDS.map((path) => readFileSync(join(repoRoot, path), 'utf8')),
];

const unigrams = new Map();
const bigrams = new Map();
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
let words = 0;
for (const text of texts) {
  // Runs of letters and the separators between them: only spaces keep two syllables a pair.
  for (const line of text.normalize('NFC').split(/\n+/)) {
    let previous = null;
    for (const [, gap, word] of line.matchAll(/([^\p{L}]*)(\p{L}+)/gu)) {
      const syllable = canonical.get(toneKey(word.toLowerCase())) ?? null;
      if (syllable) {
        words++;
        bump(unigrams, syllable);
        if (previous && /^[ \t]+$/.test(gap)) bump(bigrams, `${previous} ${syllable}`);
      }
      previous = syllable;
    }
  }
}

const keptUnigrams = [...unigrams]
  .filter(([, n]) => n >= MIN_UNIGRAM)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const index = new Map(keptUnigrams.map(([w], i) => [w, i]));
// Pairs as "left right count" per line would repeat the words; indexes into the unigram list are shorter:
// each pair is "<left index>,<right index>,<count>" in base 36.
const keptBigrams = [...bigrams]
  .filter(([pair, n]) => n >= MIN_BIGRAM && pair.split(' ').every((w) => index.has(w)))
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
const table = {
  source: `Đếm từ văn bản hành chính và văn bản quy phạm pháp luật công khai (không thuộc đối tượng bảo hộ quyền tác giả, Luật Sở hữu trí tuệ, Điều 15): ${SOURCES.map((s) => `${s.what} — github.com/${s.repo} @ ${s.commit.slice(0, 10)}: ${s.files.join(', ')}`).join('; ')}; năm kế hoạch mẫu (${SEEDS.join(', ')}). ${words} âm tiết; giữ âm tiết gặp ít nhất ${MIN_UNIGRAM} lần và cặp gặp ít nhất ${MIN_BIGRAM} lần; tạo bởi packages/rules/scripts/gen-bigrams.mjs`,
  words,
  unigrams: keptUnigrams.map(([w, n]) => `${w}:${n.toString(36)}`).join(' '),
  bigrams: keptBigrams
    .map(([pair, n]) => {
      const [left, right] = pair.split(' ');
      return `${index.get(left).toString(36)},${index.get(right).toString(36)},${n.toString(36)}`;
    })
    .join(' '),
};
const out = `${JSON.stringify(table, null, 2)}\n`;
writeFileSync(join(root, 'data/bigrams.json'), out);
console.log(
  `bigrams.json: ${words} syllables read, ${keptUnigrams.length} kept, ${keptBigrams.length} pairs, ${out.length} bytes`,
);
