// Bundles the Node CLI into dist/cli.js (and the `soat report` worker into dist/report-worker.js, loaded
// beside it) so that `soat` starts without a TypeScript loader. tinypool stays external: it starts its
// threads from a file next to its own code.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: { cli: `${root}src/node/cli.ts`, 'report-worker': `${root}src/node/report/worker.ts` },
  outdir: `${root}dist`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  external: ['tinypool'],
  banner: { js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
