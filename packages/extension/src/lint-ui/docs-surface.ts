/**
 * Google Docs through its annotated text (see src/docs/annotated-text.ts): the text comes from the
 * main-world bridge, findings go to the side panel, and revealing one selects it in Docs. No inline
 * underlines: Docs paints on a canvas, and its annotation layer gives no stable per-range boxes yet.
 */
import { DOCS_EVENTS } from '../docs/annotated-text';
import type { Range as TextRange } from '../shared/report';
import type { Surface } from './surface';

export class DocsSurface implements Surface {
  readonly eventTarget = new EventTarget();
  readonly scope = 'document';
  readonly observeMutations = false;
  private text = '';
  private readonly onText = (e: Event) => {
    this.text = String((e as CustomEvent).detail);
    this.eventTarget.dispatchEvent(new Event('input'));
  };

  constructor(readonly element: HTMLElement) {
    element.ownerDocument.addEventListener(DOCS_EVENTS.text, this.onText);
  }

  read(): string {
    return this.text;
  }

  /** Docs keeps its caret to itself (the bridge reads text only). */
  caret(): null {
    return null;
  }

  paint(): void {}

  emphasise(): void {}

  findingAt(): undefined {
    return undefined;
  }

  rectsOf(): DOMRect[] {
    return [];
  }

  replace(): boolean {
    return false;
  }

  reveal([start, end]: TextRange): void {
    this.element.ownerDocument.dispatchEvent(new CustomEvent(DOCS_EVENTS.select, { detail: `${start},${end}` }));
  }

  dispose(): void {
    this.element.ownerDocument.removeEventListener(DOCS_EVENTS.text, this.onText);
  }
}
