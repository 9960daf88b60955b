// Child process of scripts/bench-report.ts: one `soat report` run through the shipped bundle (dist/report.js and
// its worker), in plain JavaScript so that neither this process nor its worker threads carry a TypeScript
// loader, as with the real `soat`. Prints the run's figures as JSON.
// Usage: node scripts/bench-report-child.mjs <folder> <jobs> <output folder>
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { generateReport, parseReportArgs } from '../packages/checker/dist/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [dir, jobs, out] = process.argv.slice(2);
const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const args = parseReportArgs(
  [
    dir,
    '--out',
    join(out, 'report.html'),
    '--xlsx',
    join(out, 'report.xlsx'),
    '--json',
    join(out, 'report.json'),
    '--jobs',
    jobs,
  ],
  ROOT,
);
const stats = await generateReport(args, { stdout: discard(), stderr: discard(), isTTY: false }, ROOT);
const documents = stats.summary.files;
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    documents,
    seconds: stats.elapsedMs / 1000,
    firstResultMs: stats.firstResultMs,
    peakMB: usage.maxRSS / 1024,
    cpuMsPerDoc: (usage.userCPUTime + usage.systemCPUTime) / 1000 / documents,
  }),
);
