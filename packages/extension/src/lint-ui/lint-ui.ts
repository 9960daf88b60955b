/**
 * Orchestrates checking and drawing for every attached surface: checks after the user pauses (never
 * during IME composition), re-maps ranges that moved while a check ran, paints, and runs the card.
 * A spelling finding on the word the caret is in waits until the caret leaves it: a pause in the middle of
 * "người" must not underline "ngư" as a typo.
 * DOM only: everything outside the page (checking, settings, storage) comes in through options.
 */
import type { LintFinding, LintProvider, LintReport } from '../shared/report';
import type { RuleValue } from '../shared/settings';
import { strings, type Lang } from '../shared/strings';
import { CardHost } from './card-host';
import { ignoreKeys } from './ignore-keys';
import { diffTexts, remapRange, type TextEdit } from './span-remap';
import { fixPreview, severityOrder, type PlacedFinding, type Surface } from './surface';

export interface LintUiOptions {
  provider: LintProvider;
  lang: Lang;
  /** Milliseconds without typing before a check starts. */
  pauseMs: number;
  /** Keys (see `ignoreKeys`) of findings the user chose to ignore on this document. */
  ignored: ReadonlySet<string>;
  ignore(key: string): void;
  /** Set a rule; answers its previous value (for undo), or undefined when the change was refused. */
  setRule(ruleId: string, value: RuleValue): Promise<RuleValue | undefined>;
  /** A surface's results changed (for the side panel). */
  changed(): void;
}

/** What the side panel shows: the results of the surface the user works in. */
export interface SurfaceSnapshot {
  readonly surfaceCount: number;
  readonly checking: boolean;
  readonly text: string;
  readonly findings: readonly PlacedFinding[];
  readonly requirements: LintReport['requirements'];
}

interface SurfaceState {
  readonly surface: Surface;
  timer: ReturnType<typeof setTimeout> | undefined;
  inFlight: boolean;
  dirty: boolean;
  composing: boolean;
  /** Counts the surface's inputs and observed mutations (see run()). */
  edits: number;
  checkedText: string | null;
  report: LintReport | null;
  placed: PlacedFinding[];
  /** The text the drawn findings' ranges refer to. */
  shownText: string | null;
  /** The ignore keys of the last check's findings (see `ignoreKeys`). */
  keys: Map<PlacedFinding, string>;
  /** Spelling findings at the caret, drawn once it moves away. */
  held: PlacedFinding[];
  readonly cleanup: AbortController;
}

type FindingRef = Pick<PlacedFinding, 'ruleId' | 'messageId' | 'at'>;

function sameFinding(a: FindingRef, b: FindingRef): boolean {
  return a.ruleId === b.ruleId && a.messageId === b.messageId && a.at[0] === b.at[0] && a.at[1] === b.at[1];
}

/** A spelling finding on the word the caret is in (or just after). */
function atCaret(finding: PlacedFinding, caret: number | null): boolean {
  return caret !== null && finding.category === 'spelling' && finding.at[0] <= caret && caret <= finding.at[1];
}

function place(finding: LintFinding, edit: TextEdit | null): PlacedFinding | null {
  const at = remapRange(finding.range, edit);
  if (!at) return null;
  const fixRange = finding.fix && remapRange(finding.fix.range, edit);
  const { fix, ...rest } = finding;
  return fixRange ? { ...rest, at, fix: { range: fixRange, text: fix!.text } } : { ...rest, at };
}

export class LintUi {
  private readonly states = new Map<Element, SurfaceState>();
  private readonly hoverDocs = new WeakSet<Document>();
  private readonly card: CardHost;
  private cardState: SurfaceState | null = null;
  private active: SurfaceState | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private checks = 0;

  constructor(
    private readonly topDocument: Document,
    private options: LintUiOptions,
  ) {
    this.card = new CardHost(topDocument, {
      fix: (f, suggestion) => this.applyFix(f, suggestion),
      ignore: (f) => this.ignoreFinding(f),
      turnOff: (f) => void this.turnOffRule(f),
      switched: (f) => this.cardState?.surface.emphasise(f),
      closed: () => this.cardState?.surface.emphasise(null),
    });
    this.setStatus('idle');
  }

  has(element: Element): boolean {
    return this.states.has(element);
  }

  elements(): IterableIterator<Element> {
    return this.states.keys();
  }

  attach(surface: Surface): void {
    if (this.states.has(surface.element)) return;
    const cleanup = new AbortController();
    const state: SurfaceState = {
      surface,
      timer: undefined,
      inFlight: false,
      dirty: false,
      composing: false,
      edits: 0,
      checkedText: null,
      shownText: null,
      report: null,
      placed: [],
      keys: new Map(),
      held: [],
      cleanup,
    };
    this.states.set(surface.element, state);
    const { signal } = cleanup;
    const target = surface.eventTarget;
    target.addEventListener(
      'compositionstart',
      () => {
        state.composing = true;
        clearTimeout(state.timer);
      },
      { signal },
    );
    target.addEventListener(
      'compositionend',
      () => {
        state.composing = false;
        this.schedule(state);
      },
      { signal },
    );
    target.addEventListener(
      'input',
      (e) => {
        state.edits++;
        this.follow(state);
        if (!(e as InputEvent).isComposing) this.schedule(state);
      },
      { signal },
    );
    for (const type of ['keyup', 'mouseup', 'focusout'])
      target.addEventListener(type, () => this.release(state), { signal });
    surface.element.ownerDocument.addEventListener('selectionchange', () => this.release(state), { signal });
    target.addEventListener('focusin', () => this.activate(state), { signal });
    target.addEventListener('focus', () => this.activate(state), { signal });
    if (surface.observeMutations) {
      const observer = new MutationObserver(() => {
        state.edits++;
        this.schedule(state);
      });
      observer.observe(surface.element, { subtree: true, childList: true, characterData: true });
      signal.addEventListener('abort', () => observer.disconnect());
    }
    this.listenForHover(surface.element.ownerDocument);
    // The side panel follows a document rather than a one-line field.
    if (!this.active || (this.active.surface.scope === 'line' && surface.scope === 'document')) this.active = state;
    this.schedule(state, 0);
  }

  detach(element: Element): void {
    const state = this.states.get(element);
    if (!state) return;
    clearTimeout(state.timer);
    state.cleanup.abort();
    state.surface.dispose();
    this.states.delete(element);
    if (this.cardState === state) this.card.hide();
    if (this.active === state) this.active = this.states.values().next().value ?? null;
    this.options.changed();
  }

  /** New settings or provider: check everything again. */
  update(options: Partial<LintUiOptions>): void {
    this.options = { ...this.options, ...options };
    for (const state of this.states.values()) {
      state.checkedText = null;
      this.schedule(state, 0);
    }
  }

  snapshot(): SurfaceSnapshot {
    const state = this.active;
    return {
      surfaceCount: this.states.size,
      checking: !!state && (state.inFlight || state.timer !== undefined),
      text: state?.checkedText ?? '',
      findings: state?.placed ?? [],
      requirements: state?.report?.requirements ?? [],
    };
  }

  /** Scroll to and select a finding of the active surface (from the side panel). */
  reveal(range: readonly [number, number]): void {
    this.active?.surface.reveal(range);
  }

  /**
   * Apply the certain fixes of these findings of the active surface (the side panel's "fix all"), or one of the
   * suggestions of one finding; a finding no longer drawn (the text changed since) is left alone.
   */
  fixFound(refs: readonly FindingRef[], suggestion?: string): void {
    const state = this.active;
    if (!state) return;
    const edits = refs.flatMap((ref) => {
      const f = state.placed.find((p) => sameFinding(p, ref));
      if (suggestion === undefined) return f?.fix ? [f.fix] : [];
      return f?.suggestions?.includes(suggestion) ? [{ range: f.at, text: suggestion }] : [];
    });
    // From the end, so that each edit leaves the ranges before it where they were.
    for (const edit of edits.sort((a, b) => b.range[0] - a.range[0])) state.surface.replace(edit.range, edit.text);
    if (edits.length) this.schedule(state, 0);
  }

  dispose(): void {
    for (const element of [...this.states.keys()]) this.detach(element);
    this.card.dispose();
    this.setStatus('off');
  }

  private activate(state: SurfaceState): void {
    if (this.active === state || (state.surface.scope === 'line' && this.active?.surface.scope === 'document')) return;
    this.active = state;
    this.options.changed();
  }

  private schedule(state: SurfaceState, delay = this.options.pauseMs): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    if (this.cardState === state) this.card.hide();
    if (state.composing) return;
    if (state.inFlight) {
      state.dirty = true;
      return;
    }
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(state);
    }, delay);
  }

  /**
   * One check: read the text, hand it to the provider, read again, re-map, paint. The page-side steps
   * are recorded as User Timing measures ("soát:read", "soát:check", "soát:paint") for profiling.
   */
  private async run(state: SurfaceState): Promise<void> {
    if (!this.states.has(state.surface.element)) return;
    const t0 = performance.now();
    const text = state.surface.read();
    const readAt = state.edits;
    performance.measure('soát:read', { start: t0 });
    if (text === state.checkedText) return;
    state.inFlight = true;
    state.dirty = false;
    this.setStatus('checking');
    let report: LintReport;
    const t1 = performance.now();
    try {
      report = await this.options.provider(text, state.surface.scope);
    } catch (error) {
      state.inFlight = false;
      this.setStatus('error');
      console.warn('soát: check failed', error);
      return;
    }
    performance.measure('soát:check', { start: t1 });
    state.inFlight = false;
    if (!this.states.has(state.surface.element)) return;
    const t2 = performance.now();
    // A surface whose every change is observed, unchanged while the check ran: the text read before is still its
    // text (a 50-page editor is not walked twice per check). A field's value may be set without an event: read it.
    const current = state.surface.observeMutations && state.edits === readAt ? text : state.surface.read();
    const edit = diffTexts(text, current);
    state.checkedText = edit ? null : text;
    state.report = report;
    this.paint(state, report, edit, current);
    performance.measure('soát:paint', { start: t2 });
    this.checks++;
    this.setStatus('ready');
    if (edit || state.dirty) this.schedule(state);
  }

  private paint(state: SurfaceState, report: LintReport, edit: TextEdit | null, text: string): void {
    const ignored = this.options.ignored;
    state.shownText = text;
    state.keys = ignoreKeys(
      report.findings.map((f) => place(f, edit)).filter((f) => f !== null),
      text,
    );
    const placed = [...state.keys].filter(([, key]) => !ignored.has(key)).map(([f]) => f);
    const caret = state.surface.caret();
    state.held = placed.filter((f) => atCaret(f, caret));
    this.draw(
      state,
      placed.filter((f) => !state.held.includes(f)),
    );
  }

  private draw(state: SurfaceState, findings: readonly PlacedFinding[]): void {
    state.placed = [...findings].sort(
      (a, b) => a.at[0] - b.at[0] || severityOrder(a.severity) - severityOrder(b.severity),
    );
    state.surface.paint(state.placed);
    // A card opened while this check ran stays alive: it now stands for the same finding in the new results.
    if (this.cardState === state && this.card.finding) {
      const shown = this.card.rebind((old) => state.placed.find((f) => sameFinding(f, old)));
      if (shown) state.surface.emphasise(shown);
    }
    this.options.changed();
  }

  /**
   * A surface without live DOM ranges (a <textarea>) moves what it drew with each edit, as a contenteditable's
   * ranges move by themselves: until the next check redraws, every underline stays on its words (a finding the
   * edit touches is dropped), so the pointer opens the right card.
   */
  private follow(state: SurfaceState): void {
    if (state.surface.observeMutations || state.shownText === null) return;
    const text = state.surface.read();
    const edit = diffTexts(state.shownText, text);
    state.shownText = text;
    if (!edit) return;
    // Typing after the last finding (the usual case at the end of a draft) moves nothing.
    if ([...state.placed, ...state.held].every((f) => f.at[1] < edit.start)) return;
    const keys = new Map<PlacedFinding, string>();
    const move = (list: readonly PlacedFinding[]) =>
      list.flatMap((f) => {
        const moved = place({ ...f, range: f.at }, edit);
        if (!moved) return [];
        const kept = { ...moved, range: f.range };
        keys.set(kept, state.keys.get(f) ?? '');
        return [kept];
      });
    state.held = move(state.held);
    state.placed = move(state.placed);
    state.keys = keys;
    state.surface.paint(state.placed);
  }

  /** The caret moved: draw the held findings it has left, unless a check is coming that will draw anew. */
  private release(state: SurfaceState): void {
    if (state.held.length === 0 || state.inFlight || state.timer !== undefined) return;
    const caret = state.surface.caret();
    const left = state.held.filter((f) => !atCaret(f, caret));
    if (left.length === 0) return;
    state.held = state.held.filter((f) => !left.includes(f));
    this.draw(state, [...state.placed, ...left]);
  }

  private setStatus(status: 'idle' | 'checking' | 'ready' | 'error' | 'off'): void {
    const data = this.topDocument.documentElement.dataset;
    data.soatStatus = status;
    data.soatChecks = String(this.checks);
  }

  private listenForHover(doc: Document): void {
    if (this.hoverDocs.has(doc)) return;
    this.hoverDocs.add(doc);
    doc.addEventListener('pointermove', (e) => e.isTrusted && this.onPointer(doc, e, false), { passive: true });
    doc.addEventListener('click', (e) => e.isTrusted && this.onPointer(doc, e, true));
  }

  private onPointer(doc: Document, e: MouseEvent, click: boolean): void {
    clearTimeout(this.hoverTimer);
    let hit: { state: SurfaceState; finding: PlacedFinding } | null = null;
    for (const state of this.states.values()) {
      if (state.surface.element.ownerDocument !== doc) continue;
      const finding = state.surface.findingAt(e.clientX, e.clientY);
      if (finding) {
        hit = { state, finding };
        break;
      }
    }
    if (hit) {
      if (this.card.finding && sameFinding(this.card.finding, hit.finding)) return;
      const { state, finding } = hit;
      this.hoverTimer = setTimeout(() => this.openCard(state, finding), click ? 0 : 300);
    } else if (this.card.finding) {
      this.hoverTimer = setTimeout(() => {
        if (!this.card.isHovered) this.card.hide();
      }, 500);
    }
  }

  /** Open the card on `finding` and every other finding its range overlaps, most severe first. */
  private openCard(state: SurfaceState, finding: PlacedFinding): void {
    this.cardState?.surface.emphasise(null);
    this.cardState = state;
    state.surface.emphasise(finding);
    const [start, end] = finding.at;
    const group = state.placed
      .filter((f) => f === finding || (f.at[0] < Math.max(end, start + 1) && Math.max(f.at[1], f.at[0] + 1) > start))
      .sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity) || a.at[0] - b.at[0]);
    const text = state.surface.read();
    this.card.show(group, group.indexOf(finding), {
      lang: this.options.lang,
      anchor: state.surface.rectsOf(finding.at),
      preview: (f, fix) => fixPreview(text, f.at, fix),
    });
  }

  private stateOf(finding: PlacedFinding): SurfaceState | undefined {
    return [...this.states.values()].find((s) => s.placed.includes(finding));
  }

  /** Apply the finding's certain fix, or a suggestion of it (which replaces the finding's range). */
  private applyFix(finding: PlacedFinding, suggestion?: string): void {
    const state = this.stateOf(finding);
    const fix = suggestion === undefined ? finding.fix : { range: finding.at, text: suggestion };
    if (!state || !fix) return;
    state.surface.replace(fix.range, fix.text);
    this.schedule(state, 0);
  }

  /** Turn the finding's rule off, with an undo. */
  private async turnOffRule(finding: PlacedFinding): Promise<void> {
    const previous = await this.options.setRule(finding.ruleId, 'off');
    if (previous === undefined) return;
    const t = strings(this.options.lang);
    this.card.notify({
      text: t.ruleTurnedOff(finding.title),
      action: t.undo,
      onAction: () => void this.options.setRule(finding.ruleId, previous),
    });
  }

  private ignoreFinding(finding: PlacedFinding): void {
    const state = this.stateOf(finding);
    const key = state?.keys.get(finding);
    if (!state || !key) return;
    this.options.ignore(key);
    state.placed = state.placed.filter((f) => f !== finding);
    state.surface.paint(state.placed);
    this.options.changed();
  }
}
