/**
 * Measures compromise (the design card's choice) against soát's own segmenter on the seeds:
 * correct splits on hand-labelled Vietnamese paragraphs, keyword matches on folded and OCR text,
 * time per document and bundle size. Results are recorded in docs/decisions/0001-segmenter.md.
 *   pnpm exec tsx scripts/compare-segmenters.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import nlp from 'compromise';
import { normalise, splitSentences } from '@soat/checker';

const root = join(import.meta.dirname, '..');
const seed = (name: string) => readFileSync(join(root, 'fixtures', 'documents', name, 'input.txt'), 'utf8');

/** Paragraphs from the seeds and their correct sentences (hand-labelled). */
const GOLD: { text: string; sentences: string[] }[] = [
  { text: 'TM. ỦY BAN NHÂN DÂN', sentences: ['TM. ỦY BAN NHÂN DÂN'] },
  { text: 'KT. CHỦ TỊCH', sentences: ['KT. CHỦ TỊCH'] },
  {
    text: 'Tổ chức quán triệt Kế hoạch số 73/KH-UBND ngày 20/01/2026 của UBND xã. Đề nghị các cơ quan, đơn vị thực hiện./.',
    sentences: [
      'Tổ chức quán triệt Kế hoạch số 73/KH-UBND ngày 20/01/2026 của UBND xã.',
      'Đề nghị các cơ quan, đơn vị thực hiện./.',
    ],
  },
  {
    text: 'Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy xã. Ủy ban nhân dân xã ban hành Kế hoạch tổ chức thực hiện, cụ thể như sau:',
    sentences: [
      'Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy xã.',
      'Ủy ban nhân dân xã ban hành Kế hoạch tổ chức thực hiện, cụ thể như sau:',
    ],
  },
  { text: '1. Mục đích', sentences: ['1. Mục đích'] },
  { text: 'II. NHIỆM VỤ, GIẢI PHÁP', sentences: ['II. NHIỆM VỤ, GIẢI PHÁP'] },
  {
    text: 'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.',
    sentences: [
      'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.',
    ],
  },
  {
    text: 'Số: 73/KH-UBND. Sơn Dương, ngày 09 tháng 3 năm 2026. Ông Nguyễn Văn A. Phó Chủ tịch UBND xã chủ trì.',
    sentences: [
      'Số: 73/KH-UBND.',
      'Sơn Dương, ngày 09 tháng 3 năm 2026.',
      'Ông Nguyễn Văn A. Phó Chủ tịch UBND xã chủ trì.',
    ],
  },
  {
    text: 'Tăng cường công tác tiếp công dân. Đồng thời đẩy mạnh cải cách hành chính, nâng cao đạo đức công vụ. TP. Hải Phòng phối hợp thực hiện.',
    sentences: [
      'Tăng cường công tác tiếp công dân.',
      'Đồng thời đẩy mạnh cải cách hành chính, nâng cao đạo đức công vụ.',
      'TP. Hải Phòng phối hợp thực hiện.',
    ],
  },
];

const ours = (text: string) => splitSentences(text, [0, text.length]).map((r) => text.slice(...r));
const theirs = (text: string) => nlp(text).sentences().out('array') as string[];
const same = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s.trim() === b[i]!.trim());

function score(split: (t: string) => string[]) {
  return GOLD.filter((g) => same(split(g.text), g.sentences)).length;
}

/** Can the segmenter's output be used to find "bầu cử … khóa XVI" in one sentence, on clean and OCR text? */
function phraseHits(split: (t: string) => string[], text: string): number {
  return split(text).filter(
    (s) => /bầu cử|bau cu/i.test(s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')) && /XVI/.test(s),
  ).length;
}

function timePerDoc(split: (t: string) => string[], docs: string[]): number {
  const runs = 20;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) for (const d of docs) split(d);
  return (performance.now() - t0) / (runs * docs.length);
}

async function bundleSize(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.contents.length;
}

const docs = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023'].map(
  (n) => normalise(seed(n)).text,
);
const ourSplit = (t: string) => t.split('\n').flatMap((p) => ours(p));
console.log(
  `gold paragraphs correctly split: soát ${score(ours)}/${GOLD.length}, compromise ${score(theirs)}/${GOLD.length}`,
);
console.log(
  `sentences with "bầu cử … XVI" in 001 (clean): soát ${phraseHits(ourSplit, docs[1]!)}, compromise ${phraseHits(theirs, docs[1]!)}`,
);
console.log(
  `sentences with "bầu cử … XVI" in 003: soát ${phraseHits(ourSplit, docs[3]!)}, compromise ${phraseHits(theirs, docs[3]!)}`,
);
console.log(
  `time per seed document: soát ${timePerDoc(ourSplit, docs).toFixed(2)} ms, compromise ${timePerDoc(theirs, docs).toFixed(2)} ms`,
);
const [ourSize, theirSize] = await Promise.all([
  bundleSize("import { splitSentences } from './packages/checker/src/text/segment'; console.log(splitSentences);"),
  bundleSize("import nlp from 'compromise'; console.log(nlp);"),
]);
console.log(
  `bundle (min): soát segmenter ${(ourSize / 1024).toFixed(1)} KB, compromise ${(theirSize / 1024).toFixed(1)} KB`,
);
