/**
 * `soat` command line. Exit codes: 0 no error-severity finding, 1 some, 2 usage/config/input failure
 * (the other files are still checked). `soat check` reads and checks on a worker thread (./check-worker.ts): this
 * main thread loads the rules' metadata, the formatters and the flags, not the checker; `soat report`,
 * `soat coverage` and the config schema (only when there is a config) are loaded when they are used.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { parseArgs } from 'node:util';
import { rules, type Lang } from '@soat/rules/meta';
import packageJson from '../../package.json';
import type { CheckOptions } from '../types';
import { describeOptions, FORMAT_NAMES, FORMATTERS, formatAll, isFormatName, timestamp, totalsOf } from '../formatters';
import { commonFolder, sourceRootOf } from '../report/html';
import { CHECK_FLAGS, checkOptionsFromFlags } from './check-flags';
import type { ConfigError } from './config';
import { findConfig } from './find-config';
import { READ_FLAGS, READ_FLAGS_HELP, readOptionsFromFlags, readStdinBytes } from './read-flags';
import { FileChecker } from './check-worker';
import type { Fixable } from './report/worker';
import { collectInputs, displayPath } from './report/collect';
import { unreadableEntry } from '../report/unreadable';
import { requirementColumns, type ReportEntry } from '../report/model';
import { commandArgs, commandOf } from './commands';
import { fixFile } from './fix-file';

/** A config file, validated (the schema is loaded with the first one). */
const loadConfig = async (path: string): Promise<CheckOptions> => (await import('./config')).loadConfig(path);

const HELP = `soát — kiểm tra Kế hoạch của UBND theo yêu cầu và Nghị định 30/2020/NĐ-CP

Cách dùng:
  soat check [tùy chọn] <tệp|thư mục|glob…>  kiểm tra tệp (.txt, .docx, .doc, .pdf, .html; "-" = stdin);
                                   thư mục được duyệt đệ quy như soat report
  soat report [tùy chọn] <thư mục…> báo cáo tổng hợp nhiều kế hoạch (soat report --help)
  soat coverage --parent <tệp> <tệp, thư mục…>  đối chiếu với nhiệm vụ của kế hoạch cấp trên (soat coverage --help)
  soat rules                       liệt kê các quy tắc

Tùy chọn của check:
  -f, --format <tên>          định dạng đầu ra: stylish (mặc định), json, sarif, csv, html
      --lang vi|en            ngôn ngữ thông báo (mặc định vi)
  -c, --config <tệp>          tệp cấu hình (mặc định: soat.config.json gần nhất)
      --mode draft|final      dự thảo (số, ngày để trống chỉ là thông tin) hoặc bản chính thức
      --profile <tên>         ke-hoach-2026 (mặc định) hoặc nd30
      --parent <ký hiệu>      kế hoạch cấp trên phải được trích dẫn (lặp lại được), ví dụ 18-KH/TU
  -q, --quiet                 chỉ báo lỗi
      --max-warnings <n>      thoát mã 1 nếu số cảnh báo vượt n
      --fix                   sửa tự động các lỗi chắc chắn trong tệp .txt (ghi an toàn)
      --fix-dry-run           in ra bản so sánh, không ghi
      --color / --no-color    bật/tắt màu
  -h, --help                  trợ giúp

${READ_FLAGS_HELP}`;

export interface CliIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function main(argv: string[], io: CliIO = process): Promise<number> {
  const args = commandArgs(argv);
  switch (commandOf(argv)) {
    case 'report': {
      const { runReport } = await import('./report/command');
      return runReport(args, { stdout: io.stdout, stderr: io.stderr, isTTY: Boolean(io.stderr.isTTY) });
    }
    case 'coverage':
      return (await import('./coverage')).runCoverage(args, io);
    case 'rules':
      return listRules(args, io);
    case 'help':
      io.stdout.write(HELP);
      return argv.length === 0 ? 2 : 0;
    case 'check':
      return runCheck(args, io);
  }
}

function listRules(argv: string[], io: CliIO): number {
  let lang: Lang = 'vi';
  try {
    const { values } = parseArgs({ args: argv, options: { lang: CHECK_FLAGS.lang } });
    const flags = checkOptionsFromFlags(values);
    if ('error' in flags) return fail(io, flags.error);
    lang = flags.options.lang ?? 'vi';
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const rows = rules.map((r) => {
    const title = (lang === 'en' ? r.meta.docs.title.en : undefined) ?? r.meta.docs.title.vi;
    return [r.id, r.meta.severity, r.meta.profiles.join(','), r.meta.fixable ? 'fix' : '', title];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows)
    io.stdout.write(`${row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ')}\n`);
  return 0;
}

function fail(io: CliIO, message: string): number {
  io.stderr.write(`soat: ${message}\n`);
  return 2;
}

async function runCheck(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        ...CHECK_FLAGS,
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        ...READ_FLAGS,
      },
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n(soat --help để xem cách dùng)`);
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0)
    return fail(io, 'chưa chỉ định tệp cần kiểm tra (no files given). Dùng "-" để đọc stdin.');
  if (!isFormatName(values.format)) {
    return fail(io, `định dạng không hợp lệ "${values.format}" (invalid format); chọn: ${FORMAT_NAMES.join(', ')}`);
  }
  const formatter = FORMATTERS[values.format];
  const json = formatter.needsJson === true;
  const read = readOptionsFromFlags(values);
  if ('error' in read) return fail(io, read.error);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    return fail(io, `--max-warnings cần một số nguyên không âm (got "${values['max-warnings']}")`);
  }

  // Command-line flags override the config file, which overrides the defaults.
  const flags = checkOptionsFromFlags(values);
  if ('error' in flags) return fail(io, flags.error);
  const flagOptions = flags.options;
  let explicitConfig: CheckOptions | undefined;
  try {
    explicitConfig = values.config ? await loadConfig(values.config) : undefined;
  } catch (error) {
    return fail(io, (error as ConfigError).message);
  }

  const lang = (flagOptions.lang ?? explicitConfig?.lang ?? 'vi') as Lang;
  const entries: ReportEntry[] = [];
  let readFailures = 0;
  const configCache = new Map<string, CheckOptions>();
  /** What each file is checked with (the run's requirements are theirs), and the same without any file. */
  const optionSets: CheckOptions[] = [{ ...explicitConfig, ...flagOptions }];
  const { paths, unreadableFolders } = await expandInputs(positionals);
  for (const folder of unreadableFolders) {
    readFailures++;
    const why = {
      code: 'unreadable-folder',
      vi: 'Thư mục không đọc được: các văn bản trong đó chưa được soát.',
      en: 'The folder cannot be read: its documents were not checked.',
    };
    entries.push(unreadableEntry(folder, why, lang, json));
  }
  const checker = new FileChecker(paths.length, read.options);
  const fix = values.fix || values['fix-dry-run'];
  try {
    for (const path of paths) {
      let options: CheckOptions;
      try {
        options = { ...(explicitConfig ?? (await configFor(path, configCache))), ...flagOptions };
        optionSets.push(options);
      } catch (error) {
        return fail(io, (error as ConfigError).message);
      }
      // Whatever goes wrong with one file is that file's entry: the others are still checked and printed.
      const stdin = path === '-' ? readStdinBytes(read.options) : undefined;
      const { entry, fixable } = await checker.check(path, { options, read: read.options, json }, fix, stdin);
      entries.push(entry);
      if (entry.kind !== 'checked') readFailures++;
      if (fixable && fixPath(path, fixable, values['fix-dry-run'], io)) readFailures++;
    }
  } finally {
    await checker.close();
  }

  const color = values['no-color'] ? false : (values.color ?? Boolean(io.stdout.isTTY));
  const requirements = requirementColumns(optionSets, lang);
  const context = {
    lang,
    color,
    quiet: values.quiet,
    requirements,
    version: packageJson.version,
    base: commonFolder(entries.map((e) => e.path)),
    sourceRoot: sourceRootOf(process.cwd()),
  };
  const totals = totalsOf(entries, {
    lang,
    inputs: positionals,
    options: describeOptions({ ...explicitConfig, ...flagOptions }),
    generatedAt: timestamp(new Date()),
    requirements,
  });
  io.stdout.write(formatAll(formatter, entries, totals, context));

  if (readFailures > 0) return 2;
  const findings = entries.flatMap((e) => (e.kind === 'checked' ? e.findings : []));
  if (findings.some((f) => f.severity === 'error')) return 1;
  if (maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

/**
 * The files to check: a file named is checked as it is (whatever its extension, "-" is stdin); a folder or a
 * glob is walked as `soat report` walks it (documents only, no links followed, soát's reports skipped).
 */
async function expandInputs(positionals: readonly string[]): Promise<{ paths: string[]; unreadableFolders: string[] }> {
  const cwd = process.cwd();
  const paths: string[] = [];
  const unreadableFolders: string[] = [];
  for (const input of positionals) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (input === '-' || info?.isFile() || (!info?.isDirectory() && (info || !isDynamicPattern(input)))) {
      paths.push(input);
      continue;
    }
    const { files, skipped } = await collectInputs([input], { cwd });
    paths.push(...files.map((file) => displayPath(file, cwd)));
    unreadableFolders.push(...skipped.filter((s) => s.reason === 'unreadable-folder').map((s) => s.path));
  }
  return { paths, unreadableFolders };
}

async function configFor(path: string, cache: Map<string, CheckOptions>): Promise<CheckOptions> {
  const dir = path === '-' ? process.cwd() : dirname(path);
  const found = findConfig(dir);
  if (!found) return {};
  let config = cache.get(found);
  if (!config) {
    config = await loadConfig(found);
    cache.set(found, config);
  }
  return config;
}

/** Applies (or, dry, shows) the certain fixes of a .txt file; returns true when a fix was asked for and not written. */
function fixPath(path: string, doc: Fixable, dryRun: boolean, io: CliIO): boolean {
  const { fixes } = doc;
  if (fixes.length === 0) return false;
  if (path === '-' || doc.format !== 'txt') {
    io.stderr.write(`soat: ${path}: chỉ sửa tự động được tệp .txt (--fix is only applied to .txt files)\n`);
    return !dryRun && path !== '-';
  }
  const outcome = fixFile(path, doc.text, doc.encoding, fixes, dryRun);
  switch (outcome.kind) {
    case 'none':
      return false;
    case 'diff':
      io.stdout.write(outcome.diff);
      return false;
    case 'fixed':
      io.stderr.write(`soat: ${path}: đã sửa ${outcome.applied} lỗi (fixed ${outcome.applied})\n`);
      return false;
    case 'refused':
      io.stderr.write(`soat: ${path}: ${outcome.vi} (${outcome.en})\n`);
      return !dryRun;
  }
}
