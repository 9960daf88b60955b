/**
 * Benchmark of `soat report` (not a timed test). Generates documents from the labelled seeds and their
 * variants (fixtures/documents/<case>/input.txt) and the model plan of fixtures/report, as .txt and as .docx
 * (with the `docx` library), into a temporary folder, then runs each configuration in its own process and
 * prints documents/second, time to the first result and the process's peak memory (worker threads included):
 *   soát on .txt and .docx, with 1 worker and with every core; soát on 10,000 .docx (memory);
 *   textlint on the same .txt with @textlint-rule/textlint-rule-pattern regexes doing comparable checks.
 * soát runs as it ships: the bundled dist/cli.js and its worker (built first), not the TypeScript sources.
 * The run the target is about (.docx, every core) is repeated (--repeat, 3 by default) and its median kept:
 * on a shared machine one run can be 10 % off.
 * Run: pnpm exec tsx scripts/bench-report.ts [--docs 2000] [--big 10000] [--repeat 3] [--quick] [--json]
 *   --quick skips the 10,000-document run; --json prints the figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { docxOf, fill, sources } from './bench-corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The benchmark's own dependency (textlint) is a devDependency of the checker package. */
const fromChecker = createRequire(join(ROOT, 'packages/checker/package.json'));

/** Regexes doing work comparable to a few of soát's checks, for textlint's pattern rule. */
const TEXTLINT_PATTERNS = [
  { message: 'Số, ký hiệu để trống', pattern: '/Số:\\s*\\//u' },
  {
    message: 'Thiếu "số" trước số, ký hiệu',
    pattern: '/(Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Nghị định) (?=\\d)/u',
  },
  { message: 'Sai nhiệm kỳ bầu cử', pattern: '/nhiệm kỳ 2021\\s*-\\s*2026/iu' },
  { message: 'Văn bản đã bị thay thế', pattern: '/Chỉ thị số 16\\/CT-TTg/u' },
  { message: 'Lặp từ', pattern: '/(?<=^|\\s)(\\p{L}+) \\1(?=\\s|$)/iu' },
  { message: 'Thiếu dấu cách sau gạch đầu dòng', pattern: '/^-(?=\\S)/mu' },
  { message: 'Viết hoa tên tổ chức', pattern: '/Ban chấp hành/u' },
  { message: 'Thiếu phần Nơi nhận', pattern: '/Nơi nhận:/u' },
];

interface RunFigures {
  readonly label: string;
  readonly documents: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly firstResultMs: number | null;
  readonly peakMB: number;
  /** CPU time (all threads) per document: what the run costs whatever else the machine is doing. */
  readonly cpuMsPerDoc: number;
}

/** Peak memory of the process and CPU time per document, worker threads included. */
function usage(documents: number): { peakMB: number; cpuMsPerDoc: number } {
  const u = process.resourceUsage();
  return { peakMB: u.maxRSS / 1024, cpuMsPerDoc: (u.userCPUTime + u.systemCPUTime) / 1000 / documents };
}

/** The part of textlint's API used here. */
interface TextlintApi {
  loadTextlintrc(options: { configFilePath: string; node_modulesDir: string }): Promise<unknown>;
  createLinter(options: { descriptor: unknown }): { lintFiles(files: string[]): Promise<{ messages: unknown[] }[]> };
}

/** Child: textlint over every .txt of `dir` in this process. */
async function childTextlint(dir: string): Promise<void> {
  const started = performance.now();
  const { createLinter, loadTextlintrc } = fromChecker('textlint') as TextlintApi;
  const config = join(dir, '..', '.textlintrc.json');
  await writeFile(config, JSON.stringify({ rules: { '@textlint-rule/pattern': { patterns: TEXTLINT_PATTERNS } } }));
  const descriptor = await loadTextlintrc({
    configFilePath: config,
    node_modulesDir: join(ROOT, 'packages/checker/node_modules'),
  });
  const linter = createLinter({ descriptor });
  const files = (await readdir(dir)).map((f) => join(dir, f));
  let firstResultMs: number | null = null;
  let messages = 0;
  // One file at a time so that the first result is timed; textlint's lintFiles would keep them all anyway.
  for (const file of files) {
    const result = await linter.lintFiles([file]);
    firstResultMs ??= performance.now() - started;
    messages += result[0]?.messages.length ?? 0;
  }
  if (messages === 0) throw new Error('textlint reported nothing: the patterns did not run');
  process.stdout.write(
    JSON.stringify({
      documents: files.length,
      seconds: (performance.now() - started) / 1000,
      firstResultMs,
      ...usage(files.length),
    }),
  );
}

/** soát runs in scripts/bench-report-child.mjs (plain JavaScript); textlint in this script, as a child. */
function runChild(label: string, childArgs: string[]): RunFigures {
  const [kind, ...rest] = childArgs;
  const command =
    kind === 'report'
      ? [join(ROOT, 'scripts/bench-report-child.mjs'), ...rest]
      : [...process.execArgv, fileURLToPath(import.meta.url), '--child', ...childArgs];
  const result = spawnSync(process.execPath, command, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${label}: ${result.stderr || result.stdout}`);
  const figures = JSON.parse(result.stdout) as Omit<RunFigures, 'label' | 'perSecond'>;
  return { label, ...figures, perSecond: figures.documents / figures.seconds };
}

function table(rows: readonly RunFigures[]): string {
  const head = ['run', 'documents', 'docs/s', 'CPU ms/doc', 'first result', 'peak RSS'];
  const body = rows.map((r) => [
    r.label,
    String(r.documents),
    r.perSecond.toFixed(0),
    r.cpuMsPerDoc.toFixed(2),
    r.firstResultMs === null ? '–' : `${r.firstResultMs.toFixed(0)} ms`,
    `${r.peakMB.toFixed(0)} MB`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      child: { type: 'boolean', default: false },
      docs: { type: 'string', default: '2000' },
      big: { type: 'string', default: '10000' },
      repeat: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.child) {
    const [, dir] = positionals as [string, string];
    return childTextlint(dir);
  }

  // Run alone, it builds the bundle it measures; `pnpm bench` has built it already.
  if (process.env.SOAT_BENCH_BUILT !== '1') {
    const built = spawnSync(process.execPath, [join(ROOT, 'packages/checker/scripts/build.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('could not build the CLI bundle');
  }
  const docs = Number(values.docs);
  const big = Number(values.big);
  const cores = availableParallelism();
  const work = await mkdtemp(join(tmpdir(), 'soat-bench-report-'));
  try {
    const texts = await sources();
    const docx = await Promise.all(texts.map(docxOf));
    await fill(join(work, 'txt'), docs, '.txt', texts);
    await fill(join(work, 'docx'), docs, '.docx', docx);
    if (!values.quick) await fill(join(work, 'docx-big'), big, '.docx', docx);
    const out = join(work, 'out');
    await mkdir(out);

    const runs: RunFigures[] = [];
    /** One configuration, run `times` times; the run of median documents/second is kept. */
    const report = (label: string, folder: string, jobs: number, times = 1): RunFigures => {
      const all: RunFigures[] = [];
      for (let i = 0; i < times; i++) {
        all.push(runChild(label, ['report', join(work, folder), String(jobs), out]));
        if (!values.json) process.stderr.write(`${label}: ${all[i]!.perSecond.toFixed(0)} docs/s\n`);
      }
      const sorted = [...all].sort((a, b) => a.perSecond - b.perSecond);
      const median = sorted[(sorted.length - 1) >> 1]!;
      const figures =
        times > 1
          ? {
              ...median,
              label: `${label} (median of ${times}: ${sorted.map((r) => r.perSecond.toFixed(0)).join(', ')})`,
            }
          : median;
      runs.push(figures);
      return figures;
    };
    const txt1 = report('soát .txt, 1 worker', 'txt', 1);
    const txtAll = report(`soát .txt, ${cores} workers`, 'txt', cores);
    report('soát .docx, 1 worker', 'docx', 1);
    const docxAll = report(`soát .docx, ${cores} workers`, 'docx', cores, Number(values.repeat));
    const bigRun = values.quick ? null : report(`soát .docx, ${cores} workers, ${big} docs`, 'docx-big', cores);
    const textlint = runChild('textlint .txt (pattern rule), 1 process', ['textlint', join(work, 'txt')]);
    runs.push(textlint);

    const figures = {
      machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg()[0] },
      runs,
      ratio: {
        oneWorker: txt1.perSecond / textlint.perSecond,
        allCores: txtAll.perSecond / textlint.perSecond,
        cpu: txt1.cpuMsPerDoc / textlint.cpuMsPerDoc,
      },
      /** Documents per second that the measured CPU time per document allows when every core is free. */
      ceiling: { txt: (cores * 1000) / txtAll.cpuMsPerDoc, docx: (cores * 1000) / docxAll.cpuMsPerDoc },
      targets: {
        docxPerSecond: { target: 300, value: docxAll.perSecond, met: docxAll.perSecond >= 300 },
        ...(bigRun ? { peakMB: { target: 400, documents: big, value: bigRun.peakMB, met: bigRun.peakMB < 400 } } : {}),
      },
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
      return;
    }
    process.stdout.write(
      `soat report benchmark — ${cores} cores (${figures.machine.cpu}), Node ${process.version}, load average ${(figures.machine.load ?? 0).toFixed(1)} at the end\n\n`,
    );
    process.stdout.write(`${table(runs)}\n\n`);
    process.stdout.write(
      `soát / textlint on the same .txt: ${figures.ratio.oneWorker.toFixed(1)}× (1 worker), ${figures.ratio.allCores.toFixed(1)}× (${cores} workers); CPU per document ${figures.ratio.cpu.toFixed(1)}× textlint's\n`,
    );
    process.stdout.write(
      `on ${cores} idle cores the CPU time allows at most ${figures.ceiling.docx.toFixed(0)} .docx/s (${figures.ceiling.txt.toFixed(0)} .txt/s)\n`,
    );
    const t = figures.targets;
    process.stdout.write(
      `target ≥ 300 .docx/s on ${cores} cores: ${t.docxPerSecond.value.toFixed(0)} — ${t.docxPerSecond.met ? 'met' : 'NOT met'}\n`,
    );
    if (t.peakMB)
      process.stdout.write(
        `target peak < 400 MB at ${big} documents: ${t.peakMB.value.toFixed(0)} MB — ${t.peakMB.met ? 'met' : 'NOT met'}\n`,
      );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
