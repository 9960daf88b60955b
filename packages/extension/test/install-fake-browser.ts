/**
 * Installs WXT's in-memory fake browser (storage, runtime, tabs …) as the global extension API.
 * Import it FIRST: `wxt/browser` reads the global when it is loaded.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

export { fakeBrowser };
