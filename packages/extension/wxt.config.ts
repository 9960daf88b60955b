import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * soát asks for no host access at install: the user grants each site from the popup
 * (optional host permissions) and the background registers the content scripts there.
 * `SOAT_E2E=1` builds the same extension with the local test servers granted.
 */
const e2eHosts = process.env.SOAT_E2E === '1' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

export default defineConfig({
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
      ? { browser_specific_settings: { gecko: { id: 'soat@soat.local', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
