import { listenForTinymceFixes } from '../src/editor-api/tinymce';

/** The page's main world, beside the editor script: fixes through editors' own APIs (src/editor-api). */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  world: 'MAIN',
  main() {
    listenForTinymceFixes(window);
  },
});
