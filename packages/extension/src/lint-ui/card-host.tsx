/** @jsxImportSource preact */
/**
 * Hosts the card in a shadow root on the top document (outside every editor), positioned next to
 * the finding's boxes. Keeps itself open while the pointer is over the underline or the card.
 */
import { render } from 'preact';
import type { Lang } from '../shared/strings';
import { Card, CARD_STYLE, Notice, type NoticeProps } from './Card';
import type { PlacedFinding } from './surface';

export interface CardActions {
  fix(finding: PlacedFinding): void;
  ignore(finding: PlacedFinding): void;
  turnOff(finding: PlacedFinding): void;
  closed(): void;
}

export class CardHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLDivElement;
  private readonly noticeMount: HTMLDivElement;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private current: PlacedFinding | null = null;
  private hovered = false;
  private readonly listeners = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    this.host = doc.createElement('soat-card');
    this.host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;';
    // Closed: the page's scripts cannot reach into the card (nor read the findings it shows).
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_STYLE;
    this.mount = doc.createElement('div');
    this.noticeMount = doc.createElement('div');
    shadow.append(style, this.mount, this.noticeMount);
    this.host.addEventListener('pointerenter', () => (this.hovered = true));
    this.host.addEventListener('pointerleave', () => (this.hovered = false));
    doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.hide(), { signal: this.listeners.signal });
  }

  get finding(): PlacedFinding | null {
    return this.current;
  }

  get isHovered(): boolean {
    return this.hovered;
  }

  show(finding: PlacedFinding, preview: string, anchor: readonly DOMRect[], lang: Lang): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.current = finding;
    // The finding the card stands for may be replaced by an equal one when a check repaints (`rebind`).
    const act = (action: (f: PlacedFinding) => void) => () => {
      const current = this.current;
      this.hide();
      if (current) action(current);
    };
    render(
      <Card
        finding={finding}
        preview={preview}
        lang={lang}
        onFix={act(this.actions.fix)}
        onIgnore={act(this.actions.ignore)}
        onTurnOff={act(this.actions.turnOff)}
        onClose={() => this.hide()}
      />,
      this.mount,
    );
    const card = this.mount.firstElementChild as HTMLElement;
    const box = anchor[anchor.length - 1] ?? new DOMRect(0, 0, 0, 0);
    const view = this.doc.defaultView!;
    const height = card.offsetHeight;
    const width = card.offsetWidth;
    const below = box.bottom + 6;
    const top = below + height > view.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
    const left = Math.max(4, Math.min(box.left, view.innerWidth - width - 4));
    Object.assign(card.style, { top: `${top}px`, left: `${left}px` });
  }

  /** A notice at the bottom of the window for a few seconds; its action closes it. */
  notify(notice: NoticeProps, ms = 10_000): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    clearTimeout(this.noticeTimer);
    const close = () => {
      clearTimeout(this.noticeTimer);
      render(null, this.noticeMount);
    };
    render(<Notice {...notice} onAction={() => (close(), notice.onAction())} />, this.noticeMount);
    this.noticeTimer = setTimeout(close, ms);
  }

  /** A check repainted: the card now stands for `finding`, the same finding from the new results. */
  rebind(finding: PlacedFinding): void {
    if (this.current) this.current = finding;
  }

  hide(): void {
    if (!this.current) return;
    this.current = null;
    this.hovered = false;
    render(null, this.mount);
    this.actions.closed();
  }

  dispose(): void {
    this.listeners.abort();
    clearTimeout(this.noticeTimer);
    render(null, this.mount);
    render(null, this.noticeMount);
    this.host.remove();
  }
}
