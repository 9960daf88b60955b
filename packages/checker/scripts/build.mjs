// Bundles the Node CLI into dist/cli.js (and the `soat report` worker into dist/report-worker.js, loaded
// beside it) so that `soat` starts without a TypeScript loader. tinypool stays external: it starts its
// threads from a file next to its own code. Code splitting puts what is imported lazily (the .pdf and .doc
// readers) and what both entries share into chunks: a process parses only what it runs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: { cli: `${root}src/node/cli.ts`, 'report-worker': `${root}src/node/report/worker.ts` },
  outdir: `${root}dist`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  packages: 'bundle',
  external: ['tinypool'],
  banner: { js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
