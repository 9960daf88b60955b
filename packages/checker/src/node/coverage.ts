/**
 * `soat coverage --parent <parent plan> <plans, folders…>`: each task of the parent plan (the items of its
 * content section) found covered, partly covered or missing in every plan. Exit codes: 0 every task at least
 * partly covered in every plan, 1 some task missing, 2 usage or input failure (the parent, or a plan, unreadable).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coverPlan, readParentPlan, type ParentPlan } from '../index';
import {
  formatCoverageHtml,
  formatCoverageJson,
  formatCoverageStylish,
  coverageReport,
  parentProblemText,
  type CoveragePlan,
} from '../formatters/coverage';
import { READ_FLAGS, READ_FLAGS_HELP, ReadError, readInput, readOptionsFromFlags, type ReadOptions } from './read-file';
import { collectInputs, displayPath } from './report/collect';
import { AtomicFile } from './report/files';
import { writeCoverageXlsx } from './coverage-xlsx';
import type { CliIO } from './cli';

export const COVERAGE_HELP = `soat coverage — đối chiếu kế hoạch với các nhiệm vụ của kế hoạch cấp trên

Cách dùng:
  soat coverage --parent <tệp kế hoạch cấp trên> [tùy chọn] <tệp, thư mục…>

Nhiệm vụ là các mục của phần nội dung trong kế hoạch cấp trên ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", …).
Mỗi nhiệm vụ trong từng kế hoạch: có, một phần hoặc thiếu, kèm điểm và đoạn văn làm căn cứ.

Tùy chọn:
      --parent <tệp>          kế hoạch cấp trên (.txt, .docx, .doc, .pdf, .html)
  -f, --format stylish|json   định dạng đầu ra (mặc định stylish)
      --out <tệp.html>        ghi bảng đối chiếu nhiệm vụ × kế hoạch (HTML)
      --xlsx <tệp.xlsx>       ghi bảng đối chiếu và các đoạn làm căn cứ (Excel)
  -h, --help                  trợ giúp

Mã thoát: 0 mọi nhiệm vụ đều có (ít nhất một phần) trong mọi kế hoạch; 1 có kế hoạch thiếu nhiệm vụ;
2 lỗi cách dùng hoặc không đọc được tệp.

${READ_FLAGS_HELP}`;

const FORMATS = ['stylish', 'json'] as const;

/**
 * The parent plan's tasks, or why there are none, naming the file (`flag`, e.g. " (--parent-plan)", says which
 * option gave it): shared by `soat coverage --parent` and `soat report --parent-plan`.
 */
export async function loadParentPlan(
  file: string,
  read: ReadOptions,
  cwd: string,
  flag = '',
): Promise<{ path: string; plan: ParentPlan } | { error: string }> {
  const path = displayPath(file, cwd);
  let doc;
  try {
    doc = await readInput(file, read);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    const reason = { vi: error.vi, en: error.en };
    return { error: parentProblemText({ kind: 'unreadable', path: `${path}${flag}`, reason }, 'vi') };
  }
  const plan = readParentPlan(doc);
  return plan ? { path, plan } : { error: `${parentProblemText({ kind: 'no-tasks', path }, 'vi')}${flag}` };
}

export async function runCoverage(argv: string[], io: CliIO, cwd: string = process.cwd()): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`soat coverage: ${message}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        parent: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        out: { type: 'string' },
        xlsx: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...READ_FLAGS,
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n(soat coverage --help để xem cách dùng)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(COVERAGE_HELP);
    return 0;
  }
  if (!values.parent) return fail('thiếu --parent <tệp kế hoạch cấp trên>.');
  if (!FORMATS.includes(values.format as (typeof FORMATS)[number])) {
    return fail(`--format phải là stylish hoặc json (nhận "${values.format}").`);
  }
  if (positionals.length === 0) return fail('chưa có kế hoạch nào để đối chiếu (tệp hoặc thư mục).');
  const flags = readOptionsFromFlags(values);
  if ('error' in flags) return fail(flags.error);
  const options: ReadOptions = flags.options;

  const parentFile = resolve(cwd, values.parent);
  const loaded = await loadParentPlan(parentFile, options, cwd);
  if ('error' in loaded) return fail(loaded.error);
  const { path: parentPath, plan: parent } = loaded;

  const out = values.out ? resolve(cwd, values.out) : null;
  const xlsx = values.xlsx ? resolve(cwd, values.xlsx) : null;
  const outputs = [out, xlsx].filter((f) => f !== null);
  // The parent and the outputs are never matched as plans, even when they lie in a folder given as input.
  const exclude = new Set([parentFile, ...outputs]);
  const files = (await collectInputs(positionals, { cwd, exclude })).files.filter((f) => !exclude.has(f));
  if (files.length === 0) return fail(`không có kế hoạch nào để đối chiếu trong ${positionals.join(', ')}.`);
  const plans: CoveragePlan[] = [];
  for (const file of files) {
    const path = displayPath(file, cwd);
    try {
      plans.push({ path, tasks: coverPlan(parent, await readInput(file, options)) });
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      plans.push({ path, error: error.vi });
    }
  }
  const report = coverageReport(parentPath, parent, plans);

  io.stdout.write(values.format === 'json' ? formatCoverageJson(report) : formatCoverageStylish(report));
  if (out) {
    const file = await AtomicFile.open(out);
    await file.write(formatCoverageHtml(report));
    await file.commit();
  }
  if (xlsx) await writeCoverageXlsx(xlsx, report);
  if (plans.some((p) => 'error' in p)) return 2;
  return plans.some((p) => 'tasks' in p && Object.values(p.tasks).some((c) => c.status === 'missing')) ? 1 : 0;
}
