/**
 * Fixes in TinyMCE through its own API, in the page's main world (where `tinymce` lives): one undo level
 * holds the text before the fix and the transaction the fix, so one Ctrl+Z restores exactly the text before
 * it. `execCommand('insertText')` went past TinyMCE's undo manager: after setContent or a paste, Ctrl+Z emptied
 * the document. The content script (isolated world) selects the range, then dispatches `REPLACE_EVENT` at the
 * editor's iframe; this listener applies it and cancels the event to say so.
 */

export const REPLACE_EVENT = 'soat:editor-replace';

interface TinyEditor {
  readonly iframeElement?: HTMLIFrameElement | null;
  readonly undoManager: { add(): unknown; transact(callback: () => void): unknown };
  readonly selection: { setContent(html: string): void };
  readonly dom: { encode(text: string): string };
  nodeChanged(): void;
}

export function listenForTinymceFixes(win: Window & { tinymce?: { get(): TinyEditor[] } }): void {
  win.document.addEventListener(
    REPLACE_EVENT,
    (event) => {
      const text = (event as InputEvent).data;
      const editor = win.tinymce?.get().find((e) => e.iframeElement === event.target);
      if (!editor || typeof text !== 'string') return;
      editor.undoManager.add();
      editor.undoManager.transact(() => editor.selection.setContent(editor.dom.encode(text)));
      editor.nodeChanged();
      event.preventDefault();
    },
    { capture: true },
  );
}
