/**
 * `soat report <files|folders|globs…>`: check many plans at once, in parallel, and write conformance
 * reports (HTML, XLSX, CSV, SARIF, JSON) as the results come in.
 * Exit codes: 0 every document passes, 1 a document fails an error rule (unless --no-fail),
 * 2 a file could not be read, or a usage/output problem (nothing is written then).
 */
import { lstat, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '@soat/rules';
import packageJson from '../../../package.json';
import { commonFolder, sourceRootOf } from '../../report/html';
import { neutraliseForTerminal } from '../../formatters/neutralise';
import type { CheckOptions } from '../../types';
import { CHECK_FLAGS, checkOptionsFromFlags } from '../check-flags';
import { CONFIG_NAME, type ConfigError, findConfig, loadConfig } from '../config';
import { READ_FLAGS, READ_FLAGS_HELP, readOptionsFromFlags, type ReadOptions } from '../read-file';
import type { ParentPlan } from '../../coverage';
import { coverageReport, type CoveragePlan } from '../../formatters/coverage';
import { loadParentPlan } from '../coverage';
import { collectInputs, displayPath, isSoatReport, type CollectedInputs } from './collect';
import { PreviousRun } from '../../report/previous-run';
import {
  requirementColumns,
  SKIP_LABELS,
  SummaryBuilder,
  toMatrixRow,
  type MatrixRow,
  type ReportSummary,
  type RequirementColumn,
} from '../../report/model';
import { checkMany, PoolError } from './pool';
import { ProgressBar } from './progress';
import { outputRefusal, removeTemporaries } from './files';
import { FormatterSink, type ReportSink } from './sinks';
import { describeOptions, FORMATTERS, timestamp, type FormatContext, type UnreadableFile } from '../../formatters';
import type { ReportSettings, ReportTask } from './worker';
import { XlsxSink } from './xlsx';
import { LettersSink, lettersRefusal } from './letters';
import { letterName, type LetterSettings } from '../../report/letters';

export interface ReportIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  readonly isTTY: boolean;
}

/** The default HTML report, written when no output is named. */
export const DEFAULT_OUT = 'report.html';

const HELP = `soat report — báo cáo tổng hợp mức đáp ứng của nhiều kế hoạch

Cách dùng:
  soat report [tùy chọn] <tệp|thư mục|mẫu glob…>

Thư mục được duyệt đệ quy; tệp không phải văn bản (.txt, .docx, .doc, .pdf, .html) được bỏ qua và liệt kê.

Đầu ra (mặc định: ${DEFAULT_OUT}):
      --out <tệp.html>        báo cáo HTML (một tệp, mở được không cần mạng, in được)
      --xlsx <tệp.xlsx>       bảng tính: "Tổng hợp" và "Chi tiết"
      --csv <tệp.csv>         mỗi dòng một phát hiện (UTF-8 có BOM)
      --sarif <tệp.sarif>     SARIF 2.1.0 cho hệ thống CI
      --json <tệp.json>       như soat check --format json, kèm phần tổng hợp
      --previous <tệp.json>   so với lần soát trước (tệp --json của lần đó): lỗi đã khắc phục, còn lại, mới
      --letters <thư mục>     mỗi kế hoạch phải trả lại một công văn .docx (thông tin cơ quan: khóa
                              "letters" của soat.config.json)

Tùy chọn:
      --lang vi|en            ngôn ngữ báo cáo (mặc định vi; phần đề nghị chỉnh sửa luôn bằng tiếng Việt)
  -c, --config <tệp>          tệp cấu hình (mặc định: soat.config.json gần thư mục hiện tại nhất)
      --mode draft|final      dự thảo hoặc bản chính thức
      --profile <tên>         ke-hoach-2026 (mặc định) hoặc nd30
      --parent <ký hiệu>      kế hoạch cấp trên phải được trích dẫn (lặp lại được), ví dụ 18-KH/TU
      --parent-plan <tệp>     thêm bảng đối chiếu nhiệm vụ của kế hoạch cấp trên × kế hoạch (như soat coverage)
  -j, --jobs <n>              số luồng soát song song (mặc định: số nhân CPU)
      --no-fail               thoát mã 0 cả khi có văn bản phải trả lại
  -h, --help                  trợ giúp

${READ_FLAGS_HELP}
Mã thoát: 0 mọi văn bản đạt; 1 có văn bản phải trả lại; 2 có tệp không đọc được hoặc lỗi tham số.
`;

class UsageError extends Error {}

export interface ReportArgs {
  readonly inputs: readonly string[];
  /** Reading limits and OCR, as for `soat check`. */
  readonly read: ReadOptions;
  readonly outputs: {
    readonly html: string | null;
    readonly xlsx: string | null;
    readonly csv: string | null;
    readonly sarif: string | null;
    readonly json: string | null;
  };
  /** The folder of the send-back letters (--letters), and the reviewing body's details for them. */
  readonly letters: { readonly folder: string; readonly settings: LetterSettings } | null;
  /** True when the HTML path is the default one (an existing file there is only replaced if soát wrote it). */
  readonly defaultHtml: boolean;
  readonly options: CheckOptions;
  readonly lang: Lang;
  readonly jobs: number;
  readonly fail: boolean;
  /** `--parent-plan`: absolute path of the plan whose tasks every plan is matched against, null without. */
  readonly parentPlan: string | null;
  /** `--previous`: the JSON of an earlier run to compare with. */
  readonly previous: string | null;
}

/** Parses the arguments; null when help was asked for. */
export function parseReportArgs(argv: readonly string[], cwd: string): ReportArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        xlsx: { type: 'string' },
        csv: { type: 'string' },
        sarif: { type: 'string' },
        json: { type: 'string' },
        letters: { type: 'string' },
        previous: { type: 'string' },
        ...CHECK_FLAGS,
        config: { type: 'string', short: 'c' },
        jobs: { type: 'string', short: 'j' },
        'no-fail': { type: 'boolean', default: false },
        'parent-plan': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...READ_FLAGS,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('chưa chỉ định tệp hoặc thư mục cần soát');

  const read = readOptionsFromFlags(values);
  if ('error' in read) throw new UsageError(read.error);
  const checkFlags = checkOptionsFromFlags(values);
  if ('error' in checkFlags) throw new UsageError(checkFlags.error);
  const { lang: flagLang, ...flags } = checkFlags.options;
  let config: CheckOptions = {};
  let letterSettings: LetterSettings = {};
  const configPath = values.config ?? findConfig(cwd);
  if (configPath) {
    try {
      ({ letters: letterSettings = {}, ...config } = loadConfig(resolve(cwd, configPath)));
    } catch (error) {
      throw new UsageError((error as ConfigError).message);
    }
  }
  const lang = flagLang ?? config.lang ?? 'vi';

  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs cần một số nguyên dương (nhận được "${values.jobs}")`);

  if (values.letters !== undefined) {
    const missing = (['organisation', 'place', 'signer'] as const).filter((key) => letterSettings[key] === undefined);
    if (missing.length) {
      throw new UsageError(
        `--letters cần thông tin cơ quan soát xét trong khóa "letters" của ${configPath ?? CONFIG_NAME} (thiếu: ${missing.join(', ')}), ví dụ ` +
          '{ "letters": { "organisation": ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"], "symbol": "SNV-XDCQ", "place": "Lạng Sơn", "signer": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "deadlineDays": 7 } }',
      );
    }
  }
  const named = { html: values.out, xlsx: values.xlsx, csv: values.csv, sarif: values.sarif, json: values.json };
  const anyNamed = Object.values(named).some((v) => v !== undefined) || values.letters !== undefined;
  const at = (path: string | undefined): string | null => (path === undefined ? null : resolve(cwd, path));
  const outputs = {
    html: at(named.html ?? (anyNamed ? undefined : DEFAULT_OUT)),
    xlsx: at(named.xlsx),
    csv: at(named.csv),
    sarif: at(named.sarif),
    json: at(named.json),
  };
  const paths = Object.values(outputs).filter((p): p is string => p !== null);
  if (new Set(paths).size !== paths.length) throw new UsageError('hai đầu ra trùng một tệp');
  const parentPlan = at(values['parent-plan']);
  if (parentPlan && paths.includes(parentPlan))
    throw new UsageError(`tệp đầu ra ${parentPlan} cũng là kế hoạch cấp trên (--parent-plan)`);

  return {
    inputs: positionals,
    outputs,
    letters: values.letters === undefined ? null : { folder: resolve(cwd, values.letters), settings: letterSettings },
    defaultHtml: !anyNamed,
    options: { ...config, ...flags, lang },
    read: read.options,
    lang,
    jobs,
    fail: !values['no-fail'],
    parentPlan,
    previous: values.previous === undefined ? null : resolve(cwd, values.previous),
  };
}

export interface ReportStats {
  readonly summary: ReportSummary;
  /** Milliseconds from the start to the first document's result. */
  readonly firstResultMs: number | null;
  readonly elapsedMs: number;
  readonly unreadable: readonly UnreadableFile[];
  /** Output files written (display paths). */
  readonly written: readonly string[];
}

/**
 * Refuses, before anything is read or written: an output at a path that is not a regular file (a symbolic
 * link, a device, a folder: `rename` would replace the link or fail only at the end), an output that is also
 * an input, and a file soát did not write at the default output path.
 */
async function checkOutputs(args: ReportArgs, cwd: string): Promise<void> {
  const inputs = new Set(args.inputs.map((input) => resolve(cwd, input)));
  for (const path of Object.values(args.outputs)) {
    if (!path) continue;
    if (inputs.has(path)) throw new UsageError(`tệp đầu ra ${path} cũng là một tệp đầu vào`);
    const refusal = await outputRefusal(path);
    if (refusal) throw new UsageError(refusal);
  }
  const html = args.outputs.html;
  if (html && args.defaultHtml && (await pathExists(html)) && !(await isSoatReport(html))) {
    throw new UsageError(`${html} đã có và không phải báo cáo của soát; chọn tệp khác với --out`);
  }
}

/** An output must never be a document the walk found: the report would replace the plan it checks. */
function checkOutputsNotInputs(args: ReportArgs, files: readonly string[]): void {
  const documents = new Set(files);
  for (const path of Object.values(args.outputs)) {
    if (path && documents.has(path)) {
      throw new UsageError(`tệp đầu ra ${path} là một văn bản cần soát (nằm trong thư mục đầu vào); chọn tệp khác`);
    }
  }
}

async function pathExists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null)) !== null;
}

async function openSinks(
  args: ReportArgs,
  paths: readonly string[],
  requirements: readonly RequirementColumn[],
  cwd: string,
): Promise<ReportSink[]> {
  const { outputs, lang } = args;
  const context: FormatContext = {
    lang,
    version: packageJson.version,
    base: commonFolder(paths),
    color: false,
    quiet: false,
    requirements,
    sourceRoot: sourceRootOf(cwd),
    ...(args.letters ? { lettersRoot: sourceRootOf(args.letters.folder) } : {}),
  };
  const sinks: ReportSink[] = [];
  try {
    for (const name of ['html', 'csv', 'sarif', 'json'] as const) {
      const path = outputs[name];
      if (path) sinks.push(await FormatterSink.open(path, FORMATTERS[name], context));
    }
    if (outputs.xlsx)
      sinks.push(
        await XlsxSink.open(outputs.xlsx, lang, requirements, {
          base: context.base,
          compared: args.previous !== null,
          coverage: args.parentPlan !== null,
        }),
      );
  } catch (error) {
    await Promise.all(sinks.map((s) => s.abort()));
    throw new UsageError(`không tạo được tệp đầu ra: ${(error as Error).message}`);
  }
  return sinks;
}

/** The earlier run of `--previous`, read before anything is checked. */
async function readPrevious(path: string): Promise<PreviousRun> {
  try {
    return PreviousRun.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`--previous ${path}: ${e.code === 'ENOENT' ? 'không có tệp này' : e.message}`);
  }
}

/** Runs the whole report for parsed arguments; throws UsageError before anything is written. */
export async function generateReport(args: ReportArgs, io: ReportIO, cwd: string): Promise<ReportStats> {
  const started = performance.now();
  await checkOutputs(args, cwd);
  const parentPlan = args.parentPlan ? await readParent(args.parentPlan, args.read, cwd) : null;
  const previous = args.previous ? await readPrevious(args.previous) : null;
  const exclude = new Set(Object.values(args.outputs).filter((p): p is string => p !== null));
  const collected = withoutFile(await collectInputs(args.inputs, { cwd, exclude }), args.parentPlan);
  checkOutputsNotInputs(args, collected.files);
  if (collected.files.length === 0) {
    const skipped = collected.skipped.length
      ? ` (${collected.skipped.length} tệp bị bỏ qua vì không phải văn bản)`
      : '';
    throw new UsageError(`không tìm thấy văn bản nào để soát trong ${args.inputs.join(', ')}${skipped}`);
  }
  const tasks: ReportTask[] = collected.files.map((file) => ({ file, path: displayPath(file, cwd) }));
  const settings: ReportSettings = {
    options: args.options,
    read: args.read,
    json: args.outputs.json !== null,
    ...(parentPlan ? { parentPlan: parentPlan.plan } : {}),
  };
  const letters = args.letters
    ? new LettersSink(args.letters.folder, { ...args.letters.settings, date: new Date() })
    : null;
  if (args.letters) {
    const inputs = args.inputs.map((input) => resolve(cwd, input));
    const refusal = await lettersRefusal(
      args.letters.folder,
      inputs,
      tasks.map((t, i) => letterName(i + 1, t.path)),
    );
    if (refusal) throw new UsageError(refusal);
  }
  const requirements = requirementColumns([args.options], args.lang);
  const sinks = [
    ...(await openSinks(
      args,
      tasks.map((t) => t.path),
      requirements,
      cwd,
    )),
    ...(letters ? [letters] : []),
  ];
  const coveragePlans: CoveragePlan[] = [];

  const summary = new SummaryBuilder(requirements, args.lang);
  for (const s of collected.skipped) summary.skip(s);
  const rows: MatrixRow[] = [];
  const unreadable: UnreadableFile[] = [];
  const progress = io.isTTY ? new ProgressBar(io.stderr, collected.files.length, args.lang) : null;
  let firstResultMs: number | null = null;
  try {
    for await (const entry of checkMany(tasks, settings, { jobs: args.jobs })) {
      firstResultMs ??= performance.now() - started;
      const matrixRow = toMatrixRow(entry, rows.length + 1, args.lang);
      const comparison = previous?.compare(entry, args.lang);
      const row = comparison ? { ...matrixRow, comparison } : matrixRow;
      rows.push(row);
      summary.add(entry);
      if (entry.kind === 'unreadable') unreadable.push({ path: entry.path, code: entry.code, message: entry.message });
      if (parentPlan)
        coveragePlans.push(
          entry.kind === 'checked'
            ? { path: entry.path, tasks: entry.coverage ?? {} }
            : { path: entry.path, error: entry.messageVi },
        );
      for (const sink of sinks) await sink.add(entry, row);
      progress?.update(rows.length);
    }
    progress?.done();
    const built = summary.build();
    const info = {
      summary: built,
      rows,
      unreadable,
      generatedAt: timestamp(new Date()),
      inputs: args.inputs,
      options: [...describeOptions(args.options), ...(parentPlan ? [`--parent-plan ${parentPlan.path}`] : [])],
      coverage: parentPlan ? coverageReport(parentPlan.path, parentPlan.plan, coveragePlans) : null,
    };
    // Together: the HTML report's copy is mostly file I/O (libuv's threads) while the XLSX compresses here.
    const finished = await Promise.allSettled(sinks.map((sink) => sink.finish(info)));
    const failed = finished.find((f): f is PromiseRejectedResult => f.status === 'rejected');
    if (failed) throw failed.reason;
    const written = Object.values(args.outputs)
      .filter((p): p is string => p !== null)
      .map((p) => displayPath(p, cwd));
    if (letters && args.letters)
      written.push(TEXT[args.lang].letters(letters.count, displayPath(args.letters.folder, cwd)));
    return { summary: built, firstResultMs, elapsedMs: performance.now() - started, unreadable, written };
  } catch (error) {
    progress?.done();
    await Promise.all(sinks.map((s) => s.abort()));
    throw error;
  }
}

/** The parent plan is matched against, not checked, even when it lies in a folder given as input. */
function withoutFile(collected: CollectedInputs, file: string | null): CollectedInputs {
  return file ? { ...collected, files: collected.files.filter((f) => f !== file) } : collected;
}

/** `--parent-plan`: the parent's tasks, or a usage error naming the file (unreadable, or no content section). */
async function readParent(file: string, read: ReadOptions, cwd: string): Promise<{ path: string; plan: ParentPlan }> {
  const loaded = await loadParentPlan(file, read, cwd, ' (--parent-plan)');
  if ('error' in loaded) throw new UsageError(loaded.error);
  return loaded;
}

const SHOWN_PROBLEMS = 20;

const TEXT = {
  vi: {
    done: (s: ReportSummary) =>
      `Đã soát ${s.checked} văn bản: ${s.verdicts.pass} đạt, ${s.verdicts.warn} đạt có lưu ý, ${s.verdicts.fail} phải trả lại` +
      `${s.unreadable ? `; ${s.unreadable} tệp không đọc được` : ''}${s.skipped.length ? `; ${s.skipped.length} tệp bỏ qua` : ''}.`,
    written: 'Đã ghi',
    letters: (n: number, folder: string) => `${n} công văn trả lại trong ${folder}`,
    skipped: 'Bỏ qua',
    more: (n: number) => `… và ${n} tệp khác (xem báo cáo)`,
  },
  en: {
    done: (s: ReportSummary) =>
      `Checked ${s.checked} document${s.checked === 1 ? '' : 's'}: ${s.verdicts.pass} pass, ${s.verdicts.warn} pass with notes, ${s.verdicts.fail} to send back` +
      `${s.unreadable ? `; ${s.unreadable} unreadable` : ''}${s.skipped.length ? `; ${s.skipped.length} skipped` : ''}.`,
    written: 'Written',
    letters: (n: number, folder: string) => `${n} send-back letter${n === 1 ? '' : 's'} in ${folder}`,
    skipped: 'Skipped',
    more: (n: number) => `… and ${n} more (see the report)`,
  },
} as const;

/**
 * Runs `work` so that Ctrl-C or SIGTERM removes the run's temporary files and folders and names the outputs
 * it did not write (the previous ones are left as they were: outputs are only ever replaced by a rename).
 */
async function whileHandlingSignals<T>(io: ReportIO, outputs: readonly string[], work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    const removed = removeTemporaries();
    // Before the outputs are opened, none of them is written.
    const unwritten = removed.length ? removed : outputs;
    io.stderr.write(
      `\nsoat report: đã dừng (${signal}); tệp tạm đã xóa, các tệp cũ giữ nguyên; chưa ghi (not written): ${unwritten.join(', ')}\n`,
    );
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function runReport(argv: string[], io: ReportIO, cwd: string = process.cwd()): Promise<number> {
  let args: ReportArgs | null;
  let stats: ReportStats;
  try {
    args = parseReportArgs(argv, cwd);
    if (!args) {
      io.stdout.write(HELP);
      return 0;
    }
    const run = args;
    const outputs = Object.values(run.outputs).filter((p): p is string => p !== null);
    stats = await whileHandlingSignals(io, outputs, () => generateReport(run, io, cwd));
  } catch (error) {
    if (error instanceof PoolError) {
      io.stderr.write(`soat report: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`soat report: ${error.message}\n(soat report --help để xem cách dùng)\n`);
    return 2;
  }
  const { summary } = stats;
  const t = TEXT[args.lang];
  const problems = [
    ...stats.unreadable.map((u) => `${u.path}: ${u.message}`),
    ...summary.skipped.map((s) => `${t.skipped}: ${s.path} (${SKIP_LABELS[args.lang][s.reason]})`),
  ];
  // File names come from the folders walked: never an escape sequence on the terminal.
  for (const line of problems.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`${neutraliseForTerminal(line)}\n`);
  if (problems.length > SHOWN_PROBLEMS) io.stderr.write(`${t.more(problems.length - SHOWN_PROBLEMS)}\n`);
  io.stdout.write(`${t.done(summary)}\n${t.written}: ${stats.written.join(', ')}\n`);
  // A folder that could not be listed hides its documents: as bad as a file that could not be read.
  if (summary.unreadable > 0 || summary.skipped.some((s) => s.reason === 'unreadable-folder')) return 2;
  return args.fail && summary.verdicts.fail > 0 ? 1 : 0;
}
