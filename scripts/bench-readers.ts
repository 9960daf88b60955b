/**
 * Reader throughput: median time per document, documents per second and peak memory, for each reader on
 * fixtures/formats (and on the real .docx corpus in ../shared/corpus/docx when it is there), plus
 * .docx read and checked (target: a typical 40 KB .docx in under 15 ms median). Peak RSS is the
 * process's, so it only grows from one row to the next.
 * Run: pnpm exec tsx scripts/bench-readers.ts [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../packages/checker/src/index';
import { readBytesNode } from '../packages/checker/src/node/read-file';
import { Deadline, DEFAULT_LIMITS } from '../packages/checker/src/readers/limits';

const root = fileURLToPath(new URL('..', import.meta.url));
const formats = join(root, 'fixtures', 'formats');
const corpus = join(root, '..', 'shared', 'corpus', 'docx');

interface Case {
  readonly reader: string;
  readonly label: string;
  readonly files: readonly Uint8Array[];
  readonly runs: number;
  /** Also run check() on what was read (the "read and checked" target). */
  readonly checked?: boolean;
}

export interface ReaderFigure {
  readonly reader: string;
  readonly input: string;
  readonly kb: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly docsPerSecond: number;
  readonly peakRssMb: number;
}

const read = (bytes: Uint8Array) =>
  readBytesNode(bytes, '', DEFAULT_LIMITS, new Deadline(DEFAULT_LIMITS.timeoutMs), false);

async function measure({ reader, label, files, runs, checked }: Case): Promise<ReaderFigure> {
  const work = checked ? async (bytes: Uint8Array) => check(await read(bytes)) : read;
  for (const bytes of files) await work(bytes); // warm-up (pdf.js loads its code once)
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const bytes = files[i % files.length]!;
    const started = performance.now();
    await work(bytes);
    times.push(performance.now() - started);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const kb = files.reduce((sum, f) => sum + f.length, 0) / files.length / 1024;
  return {
    reader,
    input: label,
    kb: Math.round(kb),
    medianMs: Math.round(median * 100) / 100,
    p95Ms: Math.round(times[Math.floor(times.length * 0.95)]! * 100) / 100,
    docsPerSecond: Math.round(1000 / median),
    peakRssMb: Math.round(peak / (1024 * 1024)),
  };
}

export async function benchReaders(): Promise<ReaderFigure[]> {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(formats, name)));
  const cases: Case[] = [
    { reader: 'txt', label: 'plan-001.txt', files: [fixture('plan-001.txt')], runs: 500 },
    { reader: 'html', label: 'plan-001.html', files: [fixture('plan-001.html')], runs: 300 },
    { reader: 'docx', label: 'plan-001.docx', files: [fixture('plan-001.docx')], runs: 300 },
    { reader: 'doc', label: 'plan-001.doc', files: [fixture('plan-001.doc')], runs: 100 },
    { reader: 'pdf', label: 'plan-001.pdf', files: [fixture('plan-001.pdf')], runs: 20 },
  ];
  if (existsSync(corpus)) {
    const files = readdirSync(corpus)
      .filter((name) => name.endsWith('.docx'))
      .map((name) => new Uint8Array(readFileSync(join(corpus, name))));
    cases.push({ reader: 'docx', label: `corpus (${files.length} real .docx)`, files, runs: files.length * 15 });
    cases.push({
      reader: 'docx + check()',
      label: `corpus (${files.length} real .docx)`,
      files,
      runs: files.length * 10,
      checked: true,
    });
  } else {
    cases.push({
      reader: 'docx + check()',
      label: 'plan-001.docx',
      files: [fixture('plan-001.docx')],
      runs: 100,
      checked: true,
    });
  }
  const figures: ReaderFigure[] = [];
  for (const c of cases) figures.push(await measure(c));
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await benchReaders();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log('| reader | input | KB | median ms | p95 ms | docs/s | peak RSS MB |');
    console.log('|---|---|---:|---:|---:|---:|---:|');
    for (const f of figures) {
      console.log(
        `| ${f.reader} | ${f.input} | ${f.kb} | ${f.medianMs} | ${f.p95Ms} | ${f.docsPerSecond} | ${f.peakRssMb} |`,
      );
    }
  }
}
