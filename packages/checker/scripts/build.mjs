// Bundles the Node CLI into dist/cli.js (and the worker of `soat report` and `soat check` into
// dist/report-worker.js, loaded beside it; dist/check-pool.js starts that worker before the CLI loads) so
// that `soat` starts without a TypeScript loader. tinypool stays external: it starts its threads from a file
// next to its own code. Code splitting puts what is imported lazily (the .pdf and .doc readers) and what the
// entries share into chunks: a process parses only what it runs. Chunks of earlier
// builds (their names carry a content hash) are removed afterwards, so dist/ holds only what this build wrote.
import { build } from 'esbuild';
import { readdirSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: {
    cli: `${root}src/node/cli.ts`,
    'report-worker': `${root}src/node/report/worker.ts`,
    'check-pool': `${root}src/node/check-pool.ts`,
    commands: `${root}src/node/commands.ts`,
    // `soat report`, loaded by the CLI when it runs; also the benchmark's entry (scripts/bench-report-child.mjs).
    report: `${root}src/node/report/command.ts`,
  },
  outdir: `${root}dist`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  packages: 'bundle',
  external: ['tinypool'],
  banner: {
    js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});
const written = new Set(Object.keys(result.metafile.outputs).map((path) => resolve(path)));
const chunks = join(root, 'dist', 'chunks');
for (const name of readdirSync(chunks)) {
  if (!written.has(join(chunks, name))) unlinkSync(join(chunks, name));
}
