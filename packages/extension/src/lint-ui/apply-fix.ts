/**
 * Writes a replacement through the editor's own input path so its model and undo stack stay right:
 * first a cancelable `beforeinput` with `insertReplacementText` (CKEditor 5, Quill 2, Slate, Lexical
 * handle it and cancel it), else `execCommand('insertText')` (ProseMirror, TinyMCE, plain
 * contenteditable and textarea keep their undo history with it).
 */

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

/** Replace a DOM range inside a contenteditable root. */
export function replaceInEditable(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  root.focus({ preventScroll: true });
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const target = new (doc.defaultView ?? window).StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  if (beforeInput(root, text, target)) return;
  if (text === '') doc.execCommand('delete');
  else doc.execCommand('insertText', false, text);
}

/** Replace `[start, end)` of a textarea's value. */
export function replaceInTextarea(field: HTMLTextAreaElement, start: number, end: number, text: string): void {
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
