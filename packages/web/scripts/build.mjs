// Builds dist/soat.html: ONE self-contained file. The checking worker and the reader workers (PDF, .doc) are
// bundled first and inlined as strings (the page starts them from Blob URLs; the reader workers gzipped in base64 and
// unzipped by the browser when the first file of their format comes — pdf.js so keeps the page under 3 MB); the app,
// the styles and the rule pack are inlined too. The Content-Security-Policy forbids every network request: the only script is the inline one
// (allowed by its hash), workers only from blob:, styles inline.
// Also builds dist/extension/: the same page for the extension ("Kiểm tra tệp"). Manifest V3 allows no inline
// script in extension pages: soat.html loads soat.js, and the workers are files beside it ('self', where blob:
// workers are at each browser's discretion).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text' },
};

async function bundle(entry, extra = {}) {
  const result = await build({ ...common, ...extra, entryPoints: [`${root}src/${entry}`] });
  return result.outputFiles[0].text;
}

/**
 * The workspace's packages (the checker, the rules) taken as free of side effects: the app imports the report's
 * model, writers and rule metadata, and a module it uses nothing of is left out rather than kept for what its top
 * level might do. The checking itself (the rule engine, the facts, the readers) runs in the worker only and stays out
 * of the app: some 130 KB less, parsed once instead of twice.
 */
const workspacePure = {
  name: 'workspace-pure',
  setup(build) {
    build.onResolve({ filter: /^[@.]/ }, async (args) => {
      if (args.pluginData === 'workspace-pure') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'workspace-pure',
      });
      if (resolved.errors.length > 0 || !/\/packages\/(checker|rules)\//.test(resolved.path)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

/** The app, told where its workers' code is (see src/pool.ts). */
const appWith = (checkWorker, pdfWorker, docWorker) =>
  bundle('main.tsx', {
    plugins: [workspacePure],
    define: {
      ...common.define,
      __CHECK_WORKER__: JSON.stringify(checkWorker),
      __PDF_WORKER__: JSON.stringify(pdfWorker),
      __DOC_WORKER__: JSON.stringify(docWorker),
    },
  });

/**
 * The .doc worker runs word-extractor's OLE reader (src/doc-worker.ts), written for Node: its `stream` is
 * readable-stream, Node's stream module for browsers (its browser build, resolved from this package: word-extractor's
 * own folder does not see this package's dependencies), and its global `Buffer` the `buffer` package.
 */
const nodeForBrowser = {
  plugins: [
    {
      name: 'stream-for-browsers',
      setup(build) {
        build.onResolve({ filter: /^stream$/ }, ({ kind }) =>
          build.resolve('readable-stream', { kind, resolveDir: root }),
        );
      },
    },
  ],
  inject: [`${root}src/node-globals.ts`],
};

const WORKER_FILES = { check: 'soat-check-worker.js', pdf: 'soat-pdf-worker.js', doc: 'soat-doc-worker.js' };
const [checkWorker, pdfWorker, docWorker] = await Promise.all([
  bundle('worker.ts'),
  bundle('pdf-worker.ts'),
  bundle('doc-worker.ts', nodeForBrowser),
]);
const gzipped = (code) => ({ gzip: gzipSync(code, { level: 9 }).toString('base64') });
const [app, extensionApp] = await Promise.all([
  appWith({ source: checkWorker }, gzipped(pdfWorker), gzipped(docWorker)),
  appWith({ url: WORKER_FILES.check }, { url: WORKER_FILES.pdf }, { url: WORKER_FILES.doc }),
]);
if (/<\/script/i.test(app)) throw new Error('the bundle holds "</script": it would end the inline script early');

const hash = createHash('sha256').update(app).digest('base64');
/** The policy of both pages, but for where scripts and workers come from. */
const cspWith = (scripts, workers) =>
  [
    "default-src 'none'",
    `script-src ${scripts}`,
    `worker-src ${workers}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');

const page = (csp, script) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="soát web">
<title>soát — kiểm tra kế hoạch không cần cài đặt</title>
</head>
<body>
<div id="app"><noscript>Trang này cần JavaScript (chạy hoàn toàn trên máy, không kết nối mạng).</noscript></div>
${script}
</body>
</html>
`;
const html = page(cspWith(`'sha256-${hash}'`, 'blob:'), `<script>${app}</script>`);
mkdirSync(`${root}dist/extension`, { recursive: true });
writeFileSync(`${root}dist/soat.html`, html);
writeFileSync(`${root}dist/extension/soat.html`, page(cspWith("'self'", "'self'"), '<script src="soat.js"></script>'));
writeFileSync(`${root}dist/extension/soat.js`, extensionApp);
writeFileSync(`${root}dist/extension/${WORKER_FILES.check}`, checkWorker);
writeFileSync(`${root}dist/extension/${WORKER_FILES.pdf}`, pdfWorker);
writeFileSync(`${root}dist/extension/${WORKER_FILES.doc}`, docWorker);
const kb = (s) => `${Math.round(Buffer.byteLength(s) / 1024)} KB`;
console.log(
  `dist/soat.html ${kb(html)} (check worker ${kb(checkWorker)}, PDF worker ${kb(pdfWorker)}, .doc worker ${kb(docWorker)}, gzipped in base64); dist/extension/`,
);
