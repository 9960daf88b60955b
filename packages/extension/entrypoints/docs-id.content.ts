import { browser } from 'wxt/browser';
import { EXTENSION_ID_ATTRIBUTE } from '../src/docs/annotated-text';

/** Google Docs, document_start: leave soát's id where the main-world bridge reads it. */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  main() {
    document.documentElement.setAttribute(EXTENSION_ID_ATTRIBUTE, browser.runtime.id);
  },
});
