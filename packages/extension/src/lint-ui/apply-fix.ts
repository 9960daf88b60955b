/**
 * Writes a replacement through the editor's own input path so its model and undo stack stay right:
 * TinyMCE through its own API (src/editor-api/tinymce.ts), else
 * a cancelable `beforeinput` with `insertReplacementText` (CKEditor 5, Quill 2, Slate, Lexical
 * handle it and cancel it), else `execCommand('insertText')` (ProseMirror, TinyMCE, plain
 * contenteditable and textarea keep their undo history with it).
 */

import { REPLACE_EVENT } from '../editor-api/tinymce';

function beforeInput(target: EventTarget, text: string, targetRange: StaticRange | null): boolean {
  const view = (target as Node).ownerDocument?.defaultView ?? window;
  const dataTransfer = new view.DataTransfer();
  dataTransfer.setData('text/plain', text);
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer,
    targetRanges: targetRange ? [targetRange] : [],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * An editor in a same-origin iframe whose page runs an API for fixes (TinyMCE: src/editor-api/tinymce.ts) takes
 * the selected range's replacement there; true when it did.
 */
function replaceThroughEditorApi(root: HTMLElement, text: string): boolean {
  const frame = root.ownerDocument.defaultView?.frameElement;
  if (!frame) return false;
  const view = frame.ownerDocument.defaultView ?? window;
  // `data` of an InputEvent is a plain string both worlds read (a CustomEvent's `detail` made here would be null
  // in the page's world).
  const event = new view.InputEvent(REPLACE_EVENT, { data: text, cancelable: true, bubbles: true });
  frame.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Replace a DOM range inside a contenteditable root. */
export function replaceInEditable(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  root.focus({ preventScroll: true });
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  // Browsers announce a selection change a task later; an editor that follows it (CKEditor 5) would apply the
  // replacement at its old selection, in the batch of the typing before it, so one Ctrl+Z took the typing too.
  doc.dispatchEvent(new Event('selectionchange'));
  const target = new (doc.defaultView ?? window).StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  if (replaceThroughEditorApi(root, text) || beforeInput(root, text, target)) return;
  if (text === '') doc.execCommand('delete');
  else doc.execCommand('insertText', false, text);
}

/** Replace `[start, end)` of a textarea's (or a text input's) value. */
export function replaceInTextarea(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  text: string,
): void {
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  if (beforeInput(field, text, null)) return;
  const doc = field.ownerDocument;
  const done = text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  if (!done) {
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
}
