/** The editing surfaces soát recognises, most specific first. */
import type { SurfaceKind } from './detect';
import { EditableSurface } from './editable-surface';
import { TextareaSurface } from './textarea-surface';

const editableField = (el: Element) => !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;

export const textareas: SurfaceKind = {
  id: 'textarea',
  matches: (el) => el.tagName === 'TEXTAREA' && editableField(el),
  create: (el) => new TextareaSurface(el as HTMLTextAreaElement),
};

/** A one-line text field (trích yếu, số/ký hiệu in e-office forms), checked as a line. */
export const textInputs: SurfaceKind = {
  id: 'input',
  matches: (el) => el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text' && editableField(el),
  create: (el) => new TextareaSurface(el as HTMLInputElement),
};

/** The root of a contenteditable region: CKEditor 5, TinyMCE's iframe body, Quill, ProseMirror/Tiptap … */
export const editables: SurfaceKind = {
  id: 'contenteditable',
  matches: (el) => {
    const html = el as HTMLElement;
    return html.isContentEditable && !html.parentElement?.isContentEditable && el.tagName !== 'HTML';
  },
  create: (el) => new EditableSurface(el as HTMLElement),
};

export const SURFACE_KINDS: readonly SurfaceKind[] = [textareas, textInputs, editables];
