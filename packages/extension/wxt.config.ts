import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * soát asks for no host access at install: the user grants each site from the popup
 * (optional host permissions) and the background registers the content scripts there.
 * `SOAT_E2E=1` builds the same extension with the local test servers granted.
 */
const e2eHosts = process.env.SOAT_E2E === '1' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

/**
 * "Kiểm tra tệp": the offline web checker (packages/web) as one of the extension's own pages. Its build writes a
 * copy for extensions (dist/extension: an external script and worker files, as Manifest V3's CSP requires),
 * which is built before the extension and shipped at its root (soat.html).
 */
const WEB_BUILD = fileURLToPath(new URL('../web/scripts/build.mjs', import.meta.url));
const WEB_PAGE = fileURLToPath(new URL('../web/dist/extension/', import.meta.url));
/** The page the popup opens (its scripts and workers are the other files of WEB_PAGE). */
const CHECKER_PAGE = 'soat.html';

/** The reference tables of the rule pack (packages/rules/data/*.json). */
const DATA_TABLE = /[\\/]packages[\\/]rules[\\/]data[\\/][^\\/]+\.json$/;

/**
 * Each table's "source" says where its data comes from, for the docs and the reviewers (a few KB of prose each, 15 KB
 * in all); no code reads it, so the extension ships the tables without it, read before Vite turns the JSON into a
 * module.
 */
function withoutDataSources() {
  return {
    name: 'soat:without-data-sources',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!DATA_TABLE.test(id)) return null;
      const { source: _source, ...table } = JSON.parse(code) as Record<string, unknown>;
      return { code: JSON.stringify(table), map: null };
    },
  };
}

export default defineConfig({
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => void paths.push(CHECKER_PAGE),
    // SOAT_WEB_BUILT=1: the page is built already (the tests build it once per run, test/builds.ts).
    'build:before': () => {
      if (process.env.SOAT_WEB_BUILT !== '1') execFileSync(process.execPath, [WEB_BUILD], { stdio: 'inherit' });
    },
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(WEB_PAGE)) files.push({ absoluteSrc: WEB_PAGE + name, relativeDest: name });
    },
  },
  // The test build goes elsewhere so it is never mistaken for (or zipped as) the store build.
  outDir: process.env.SOAT_E2E === '1' ? '.output-e2e' : '.output',
  zip: {
    artifactTemplate: 'soat-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'soat-{{version}}-sources.zip',
    // The extension bundles the workspace packages (checker, rules): the sources zip a store reviewer rebuilds
    // from is the whole workspace, without the tests, fixtures, docs and build outputs.
    sourcesRoot: fileURLToPath(new URL('../..', import.meta.url)),
    excludeSources: [
      'fixtures/**',
      'test/**',
      'docs/**',
      'scripts/**',
      'packages/*/test/**',
      'packages/*/dist/**',
      'packages/extension/.output*/**',
      'packages/extension/.wxt/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: e2eHosts,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'soat@soat.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [withoutDataSources()],
    // The largest chunk (~500 KB) is the requirement schema with the validated rule registry, which the side panel
    // loads only when the user applies requirements; the budgets of what loads up front are bundle-budget.test.ts's.
    build: { chunkSizeWarningLimit: 600 },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
