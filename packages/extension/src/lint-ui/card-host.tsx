/** @jsxImportSource preact */
/**
 * Hosts the card in a shadow root on the top document (outside every editor), positioned next to
 * the finding's boxes. Keeps itself open while the pointer is over the underline or the card.
 */
import { render } from 'preact';
import type { Lang } from '../shared/strings';
import { Card, CARD_STYLE, Notice, type NoticeProps } from './Card';
import type { Range } from '../shared/report';
import type { PlacedFinding } from './surface';

export interface CardActions {
  /** Apply the finding's certain fix, or the suggestion given (it replaces the finding's range). */
  fix(finding: PlacedFinding, suggestion?: string): void;
  ignore(finding: PlacedFinding): void;
  turnOff(finding: PlacedFinding): void;
  /** The card now shows another of its findings (previous / next). */
  switched(finding: PlacedFinding): void;
  closed(): void;
}

/** Where and how the card shows its findings. */
export interface CardView {
  readonly lang: Lang;
  /** Boxes of the underline the card belongs to (viewport of the top window). */
  readonly anchor: readonly DOMRect[];
  /** The corrected words a fix of the finding gives (see `fixPreview`). */
  preview(finding: PlacedFinding, fix: { readonly range: Range; readonly text: string }): string;
}

export class CardHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLDivElement;
  private readonly noticeMount: HTMLDivElement;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private current: PlacedFinding | null = null;
  private group: PlacedFinding[] = [];
  private index = 0;
  private view: CardView | null = null;
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
    doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.hide(), {
      signal: this.listeners.signal,
    });
  }

  get finding(): PlacedFinding | null {
    return this.current;
  }

  get isHovered(): boolean {
    return this.hovered;
  }

  /**
   * Show the findings on one place (an underline several rules flag: "Số: /UBND-VHXH"), `group[index]` first;
   * the card steps through them ("1/3", previous, next).
   */
  show(group: readonly PlacedFinding[], index: number, view: CardView): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.group = [...group];
    this.index = index;
    this.view = view;
    this.render();
  }

  private render(): void {
    const { group, index, view } = this;
    const finding = group[index];
    if (!finding || !view) return;
    this.current = finding;
    // Act on the finding the card shows at the time of the click (a repaint may have rebound it).
    const act =
      <A extends unknown[]>(action: (f: PlacedFinding, ...args: A) => void) =>
      (...args: A) => {
        const current = this.current;
        this.hide();
        if (current) action(current, ...args);
      };
    const step = (by: number) => () => {
      this.index = (this.index + by + this.group.length) % this.group.length;
      this.render();
      if (this.current) this.actions.switched(this.current);
    };
    render(
      <Card
        finding={finding}
        preview={finding.fix ? view.preview(finding, finding.fix) : ''}
        suggestions={(finding.suggestions ?? []).map((text) => ({
          text,
          preview: view.preview(finding, { range: finding.at, text }),
        }))}
        position={{ index, count: group.length }}
        lang={view.lang}
        onFix={act(this.actions.fix)}
        onIgnore={act(this.actions.ignore)}
        onTurnOff={act(this.actions.turnOff)}
        onPrevious={step(-1)}
        onNext={step(1)}
        onClose={() => this.hide()}
      />,
      this.mount,
    );
    const card = this.mount.firstElementChild as HTMLElement;
    const box = view.anchor[view.anchor.length - 1] ?? new DOMRect(0, 0, 0, 0);
    const win = this.doc.defaultView!;
    const height = card.offsetHeight;
    const width = card.offsetWidth;
    const below = box.bottom + 6;
    const top = below + height > win.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
    const left = Math.max(4, Math.min(box.left, win.innerWidth - width - 4));
    Object.assign(card.style, { top: `${top}px`, left: `${left}px` });
  }

  /** A check repainted: the card's findings are now those `find` gives (the same ones from the new results). */
  rebind(find: (finding: PlacedFinding) => PlacedFinding | undefined): PlacedFinding | null {
    const current = this.current && find(this.current);
    if (!current) {
      this.hide();
      return null;
    }
    this.group = this.group.map(find).filter((f): f is PlacedFinding => f !== undefined);
    this.index = Math.max(0, this.group.indexOf(current));
    this.render();
    return current;
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
