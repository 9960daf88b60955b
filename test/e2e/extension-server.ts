/**
 * Serves fixtures/editors/ on 127.0.0.1: the static pages, the editors bundled from npm with esbuild
 * (bundles/<name>.js|css from fixtures/editors/src/<name>.ts) and TinyMCE's own files (vendor/tinymce/).
 * Run directly to try the extension by hand: `pnpm exec tsx test/e2e/extension-server.ts [port]`.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.join(ROOT, 'fixtures/editors');
const EXTENSION_MODULES = path.join(ROOT, 'packages/extension/node_modules');
const TINYMCE = path.join(EXTENSION_MODULES, 'tinymce');
const EDITOR_BUNDLES = ['ckeditor5', 'quill', 'tiptap', 'tinymce'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Bundle every editor page's entry once; returns output file name → content. */
async function bundleEditors(): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: EDITOR_BUNDLES.map((name) => path.join(PAGES, 'src', `${name}.ts`)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/bundles',
    nodePaths: [EXTENSION_MODULES],
    loader: { '.svg': 'text', '.woff2': 'dataurl', '.woff': 'dataurl' },
    logLevel: 'silent',
    minify: true,
  });
  return new Map(result.outputFiles.map((f) => [path.basename(f.path), f.contents]));
}

function within(base: string, relative: string): string | null {
  const file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  return file.startsWith(base) ? file : null;
}

export interface EditorServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function startEditorServer(port = 0): Promise<EditorServer> {
  const bundles = await bundleEditors();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname);
    const send = (body: Uint8Array | string, file: string) => {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
    const notFound = () => {
      res.writeHead(404).end('not found');
    };
    if (pathname.startsWith('/bundles/')) {
      const body = bundles.get(path.basename(pathname));
      return body ? send(body, pathname) : notFound();
    }
    const file = pathname.startsWith('/vendor/tinymce/')
      ? within(TINYMCE, pathname.slice('/vendor/tinymce/'.length))
      : within(PAGES, pathname === '/' ? 'index.html' : pathname.slice(1));
    if (!file) return notFound();
    readFile(file).then((body) => send(body, file), notFound);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const server = await startEditorServer(Number(process.argv[2] ?? 5180));
  console.log(`editor pages: ${server.origin}/`);
}
