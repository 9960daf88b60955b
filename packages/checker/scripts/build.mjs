// Bundles the Node CLI into dist/cli.js so that `soat` starts without a TypeScript loader.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}src/node/cli.ts`],
  outfile: `${root}dist/cli.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  banner: { js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
