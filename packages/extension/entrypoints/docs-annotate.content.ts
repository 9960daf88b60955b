import { startDocsBridge } from '../src/docs/annotated-text';

/** Google Docs' main world, before Docs starts (registered by src/background/site-access.ts). */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startDocsBridge(window);
  },
});
