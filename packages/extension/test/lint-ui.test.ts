// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../src/checking/run-check';
import { ignoreKeys } from '../src/lint-ui/ignore-keys';
import { LintUi, type LintUiOptions } from '../src/lint-ui/lint-ui';
import { fixPreview, type PlacedFinding, type Surface } from '../src/lint-ui/surface';
import type { CheckScope, LintReport, Range } from '../src/shared/report';

const plan = readFileSync(path.join(import.meta.dirname, '../../../fixtures/editors/plans/dan-chu-co-so.txt'), 'utf8');
const PAUSE = 20;

/** A surface over a plain string that records what it was asked to paint. */
class StringSurface implements Surface {
  readonly element = document.body.appendChild(document.createElement('section'));
  readonly eventTarget = this.element;
  readonly observeMutations: boolean = false;
  painted: PlacedFinding[][] = [];
  /** Where the caret is (null: the surface does not have the focus). */
  caretAt: number | null = null;
  constructor(
    public text: string,
    readonly scope: CheckScope = 'document',
  ) {}
  read = () => this.text;
  caret = () => this.caretAt;
  paint = (findings: readonly PlacedFinding[]) => void this.painted.push([...findings]);
  emphasise = () => undefined;
  rectsOf = () => [];
  replace = ([start, end]: Range, text: string) => {
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    return true;
  };
  reveal = () => undefined;
  dispose = () => this.element.remove();
  /** What `findingAt` answers: the finding "under the pointer". */
  hovered: ((placed: readonly PlacedFinding[]) => PlacedFinding | undefined) | null = null;
  findingAt = () => this.hovered?.(this.painted.at(-1) ?? []);
  input(isComposing = false) {
    this.element.dispatchEvent(new InputEvent('input', { isComposing }));
  }
}

/** The real checker, with a record of the texts it was given and an optional gate to hold it. */
function checker() {
  const calls: string[] = [];
  let gate: Promise<void> | null = null;
  let open = () => {};
  return {
    calls,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    provider: async (text: string): Promise<LintReport> => {
      calls.push(text);
      if (gate) await gate;
      return runCheck(text, {});
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await sleep(5);
  expect(condition()).toBe(true);
}

/** The card's shadow root is closed: keep a handle on each shadow root made while the test runs. */
function keepShadowRoots(): ShadowRoot[] & { restore(): void } {
  const roots: ShadowRoot[] = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };
  return Object.assign(roots, {
    restore: () => {
      Element.prototype.attachShadow = attachShadow;
    },
  });
}

/** A click as the user's own input (`isTrusted`), which soát's card and underlines require. */
function trustedClick(target: EventTarget): void {
  const click = new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 });
  Object.defineProperty(click, 'isTrusted', { value: true });
  target.dispatchEvent(click);
}

let ui: LintUi | null = null;
function start(provider: LintUiOptions['provider'], extra: Partial<LintUiOptions> = {}) {
  ui = new LintUi(document, {
    provider,
    lang: 'vi',
    pauseMs: PAUSE,
    ignored: new Set(),
    ignore: () => undefined,
    setRule: async () => 'default',
    changed: () => undefined,
    ...extra,
  });
  return ui;
}
afterEach(() => {
  ui?.dispose();
  ui = null;
});

describe('LintUi', () => {
  it('checks once after the user pauses, with the latest text, and paints check() findings', async () => {
    const c = checker();
    const surface = new StringSurface(plan);
    start(c.provider).attach(surface);
    await until(() => surface.painted.length === 1);
    surface.text = `${plan}\nA`;
    surface.input();
    surface.text = `${plan}\nAB`;
    surface.input();
    await until(() => surface.painted.length === 2);
    expect(c.calls).toEqual([plan, `${plan}\nAB`]);
    const expected = await runCheck(`${plan}\nAB`, {});
    expect(surface.painted[1]!.map((f) => [f.ruleId, f.at])).toEqual(
      expected.findings.map((f) => [f.ruleId, f.range]).sort((a, b) => (a[1] as Range)[0] - (b[1] as Range)[0]),
    );
    expect(document.documentElement.dataset.soatStatus).toBe('ready');
    expect(document.documentElement.dataset.soatChecks).toBe('2');
  });

  it('never checks during IME composition, and checks when it ends', async () => {
    const c = checker();
    const surface = new StringSurface(plan);
    start(c.provider).attach(surface);
    await until(() => c.calls.length === 1);
    surface.element.dispatchEvent(new CompositionEvent('compositionstart'));
    surface.text = `${plan} tieesp`;
    surface.input(true);
    await sleep(PAUSE * 4);
    expect(c.calls.length).toBe(1);
    surface.text = `${plan} tiếp`;
    surface.element.dispatchEvent(new CompositionEvent('compositionend', { data: 'tiếp' }));
    await until(() => c.calls.length === 2);
    expect(c.calls[1]).toBe(`${plan} tiếp`);
  });

  it('re-maps findings when the text changed while the check ran, then checks again', async () => {
    const c = checker();
    c.hold();
    const surface = new StringSurface(plan);
    start(c.provider).attach(surface);
    await until(() => c.calls.length === 1);
    const inserted = 'Dự thảo\n';
    surface.text = inserted + plan;
    c.release();
    await until(() => surface.painted.length >= 1);
    const report = await runCheck(plan, {});
    const first = surface.painted[0]!;
    expect(first.length).toBe(report.findings.filter((f) => f.range[0] > 0).length);
    first.forEach((f, i) => {
      const original = report.findings[i]!;
      expect(f.ruleId).toBe(original.ruleId);
      expect(f.at).toEqual([original.range[0] + inserted.length, original.range[1] + inserted.length]);
      expect(surface.text.slice(...f.at)).toBe(plan.slice(...original.range));
    });
    await until(() => c.calls.length === 2);
    expect(c.calls[1]).toBe(inserted + plan);
  });

  it('reads an observed surface once per check when nothing changed while the check ran, again when it did', async () => {
    /** A surface whose changes soát observes (a contenteditable): its text is changed along with its element. */
    class ObservedSurface extends StringSurface {
      override readonly observeMutations = true;
      reads = 0;
      override read = () => {
        this.reads++;
        return this.text;
      };
      edit(text: string) {
        this.text = text;
        this.element.textContent = text;
      }
    }
    const c = checker();
    const surface = new ObservedSurface(plan);
    start(c.provider).attach(surface);
    await until(() => surface.painted.length === 1);
    expect(surface.reads).toBe(1);
    c.hold();
    surface.edit(`${plan} A`);
    await until(() => c.calls.length === 2);
    const reads = surface.reads;
    surface.edit(`Dự thảo\n${plan} A`);
    c.release();
    await until(() => surface.painted.length === 2);
    // The text changed during the check: read again, the findings moved onto it, and checked again.
    expect(surface.reads).toBe(reads + 1);
    expect(surface.painted[1]!.every((f) => f.at[0] >= 'Dự thảo\n'.length)).toBe(true);
    await until(() => c.calls.length === 3);
  });

  it('leaves out only the occurrence the user ignored on this document, not its twins', async () => {
    const report = await runCheck(plan, {});
    const placed = report.findings.map((f) => ({ ...f, at: f.range }));
    const flagged = (f: PlacedFinding) => `${f.ruleId} ${f.messageId} ${plan.slice(...f.at)}`;
    // A finding whose rule flags the same text elsewhere too ("nhân dân" for "Nhân dân").
    const twin = placed.find((f) => placed.some((o) => o !== f && flagged(o) === flagged(f)))!;
    expect(twin).toBeDefined();
    const surface = new StringSurface(plan);
    start(checker().provider, { ignored: new Set([ignoreKeys(placed, plan).get(twin)!]) }).attach(surface);
    await until(() => surface.painted.length === 1);
    const shown = (list: readonly PlacedFinding[]) =>
      list.map((f) => `${f.ruleId} ${f.messageId} ${f.at.join('-')}`).sort();
    expect(shown(surface.painted[0]!)).toEqual(shown(placed.filter((f) => f !== twin)));
  });

  it('holds a spelling finding on the word the caret is in until the caret leaves it', async () => {
    const typing = `${plan}\nĐồng chí ngươ`;
    const surface = new StringSurface(typing);
    surface.caretAt = typing.length;
    const lint = start(checker().provider);
    lint.attach(surface);
    await until(() => surface.painted.length === 1);
    const word: Range = [typing.length - 'ngươ'.length, typing.length];
    const report = await runCheck(typing, {});
    const atWord = report.findings.filter((f) => f.range[0] === word[0] && f.range[1] === word[1]);
    expect(atWord.map((f) => [f.ruleId, f.category])).toEqual([['syllable', 'spelling']]);
    expect(surface.painted[0]!.some((f) => f.ruleId === 'syllable' && f.at[0] === word[0])).toBe(false);
    expect(surface.painted[0]!.length).toBe(report.findings.length - 1);
    expect(lint.snapshot().findings.length).toBe(report.findings.length - 1);
    // Still in the word: nothing changes; moved away (an arrow key): it is drawn.
    surface.element.dispatchEvent(new KeyboardEvent('keyup'));
    expect(surface.painted.length).toBe(1);
    surface.caretAt = 0;
    surface.element.dispatchEvent(new KeyboardEvent('keyup'));
    expect(surface.painted.length).toBe(2);
    expect(surface.painted[1]!.map((f) => f.at)).toEqual(report.findings.map((f) => f.range));
  });

  it('does not hold other findings at the caret, nor spelling findings when the surface has no caret', async () => {
    const typing = `${plan}\nĐồng chí ngươ`;
    const report = await runCheck(typing, {});
    const surface = new StringSurface(typing);
    start(checker().provider).attach(surface);
    await until(() => surface.painted.length === 1);
    expect(surface.painted[0]!.length).toBe(report.findings.length);
    const other = report.findings.find((f) => f.category !== 'spelling' && f.range[1] > f.range[0])!;
    const second = new StringSurface(typing);
    second.caretAt = other.range[1];
    ui!.attach(second);
    await until(() => second.painted.length === 1);
    expect(second.painted[0]!.some((f) => f.ruleId === other.ruleId && f.at[0] === other.range[0])).toBe(true);
  });

  it('reports the surface the user works in to the side panel', async () => {
    const surface = new StringSurface(plan);
    const lint = start(checker().provider);
    lint.attach(surface);
    await until(() => surface.painted.length === 1);
    const snapshot = lint.snapshot();
    const report = await runCheck(plan, {});
    expect(snapshot.surfaceCount).toBe(1);
    expect(snapshot.text).toBe(plan);
    expect(snapshot.requirements).toEqual(report.requirements);
    expect(snapshot.findings.map((f) => f.range)).toEqual(report.findings.map((f) => f.range));
  });

  it('applies the side panel\'s "fix all" and its suggestions, only as soát found them', async () => {
    const text = 'Tuyên truyền cho nhân dân trong xã và nhân dân ngoài xã; phát trển kinh tế.';
    const surface = new StringSurface(text);
    const lint = start(checker().provider);
    lint.attach(surface);
    await until(() => surface.painted.length === 1);
    const findings = lint.snapshot().findings;
    const twins = findings.filter((f) => f.ruleId === 'capitalisation');
    expect(twins.map((f) => text.slice(...f.at))).toEqual(['nhân dân', 'nhân dân']);
    lint.fixFound(twins);
    expect(surface.text).toBe('Tuyên truyền cho Nhân dân trong xã và Nhân dân ngoài xã; phát trển kinh tế.');
    await until(() => surface.painted.length === 2);
    const typo = lint.snapshot().findings.find((f) => f.ruleId === 'syllable')!;
    // A text that is not one of the finding's suggestions is not written.
    lint.fixFound([typo], 'x');
    expect(surface.text).toContain('phát trển');
    lint.fixFound([typo], typo.suggestions![0]);
    expect(surface.text).toBe('Tuyên truyền cho Nhân dân trong xã và Nhân dân ngoài xã; phát triển kinh tế.');
  });

  it('a one-line surface (an <input>) is checked as a line, and does not take the side panel from a document', async () => {
    const scopes: string[] = [];
    const lint = start(async (text, scope) => {
      scopes.push(scope);
      return runCheck(text, {}, scope);
    });
    const document_ = new StringSurface(plan);
    const field = new StringSurface('Số: 05 /KH-UBND', 'line');
    lint.attach(field);
    lint.attach(document_);
    await until(() => field.painted.length === 1 && document_.painted.length === 1);
    expect(scopes.sort()).toEqual(['document', 'line']);
    expect(field.painted[0]!.map((f) => f.ruleId)).toEqual(['so-ky-hieu']);
    expect(lint.snapshot().text).toBe(plan);
    field.element.dispatchEvent(new FocusEvent('focusin'));
    expect(lint.snapshot().text).toBe(plan);
  });

  it('moves what a surface without live ranges (a textarea) drew with each edit, until the next check', async () => {
    const c = checker();
    const surface = new StringSurface(plan);
    start(c.provider).attach(surface);
    await until(() => surface.painted.length === 1);
    const before = surface.painted[0]!;
    const inserted = 'Dự thảo\n';
    surface.text = inserted + plan;
    surface.input();
    // Drawn again at once, before the pause and the check: every underline on the same words as before.
    expect(c.calls.length).toBe(1);
    const after = surface.painted[1]!;
    expect(after.map((f) => surface.text.slice(...f.at))).toEqual(
      before.filter((f) => f.at[0] > 0).map((f) => plan.slice(...f.at)),
    );
    expect(after.map((f) => f.at[0])).toEqual(before.filter((f) => f.at[0] > 0).map((f) => f.at[0] + inserted.length));
  });

  it('keeps a card opened while a check runs alive: its fix, labelled with the corrected words, still applies', async () => {
    const roots = keepShadowRoots();
    try {
      const c = checker();
      const surface = new StringSurface(plan);
      const lintUi = start(c.provider);
      lintUi.attach(surface);
      await until(() => surface.painted.length === 1);
      const target = surface.painted[0]!.find((f) => f.fix?.text)!;
      surface.hovered = (placed) => placed.find((f) => f.ruleId === target.ruleId && f.at[0] === target.at[0]);
      c.hold();
      lintUi.update({});
      await until(() => c.calls.length === 2);
      trustedClick(document);
      await until(() => !!roots[0]!.querySelector('button.fix'));
      c.release();
      await until(() => surface.painted.length === 2);
      const button = roots[0]!.querySelector('button.fix')!;
      expect(button.textContent).toBe(`Sửa thành “${fixPreview(plan, target.at, target.fix!)}”`);
      trustedClick(button);
      expect(surface.text).toBe(
        plan.slice(0, target.fix!.range[0]) + target.fix!.text + plan.slice(target.fix!.range[1]),
      );
    } finally {
      roots.restore();
    }
  });

  it('reaches every finding on an overlapping range from the card: "1/3", next, previous', async () => {
    const roots = keepShadowRoots();
    try {
      const surface = new StringSurface(plan);
      start(checker().provider).attach(surface);
      await until(() => surface.painted.length === 1);
      const placed = surface.painted[0]!;
      const span = (f: PlacedFinding) => [f.at[0], Math.max(f.at[1], f.at[0] + 1)] as const;
      const overlaps = (a: PlacedFinding, b: PlacedFinding) => span(a)[0] < span(b)[1] && span(a)[1] > span(b)[0];
      const hit = placed.find((f) => placed.filter((o) => overlaps(o, f)).length >= 3)!;
      expect(hit).toBeDefined();
      const group = placed.filter((o) => overlaps(o, hit));
      surface.hovered = () => hit;
      trustedClick(document);
      await until(() => !!roots[0]!.querySelector('.message'));
      const card = roots[0]!;
      const seen: string[] = [];
      for (let i = 0; i < group.length; i++) {
        expect(card.querySelector('.position')!.textContent).toMatch(
          new RegExp(`^[1-${group.length}]/${group.length}$`),
        );
        seen.push(
          `${card.querySelector('.card')!.getAttribute('data-rule')} ${card.querySelector('.message')!.textContent}`,
        );
        trustedClick(card.querySelector('button.next')!);
      }
      expect(seen.sort()).toEqual(group.map((f) => `${f.ruleId} ${f.message}`).sort());
      const first = card.querySelector('.message')!.textContent;
      trustedClick(card.querySelector('button.next')!);
      trustedClick(card.querySelector('button.previous')!);
      expect(card.querySelector('.message')!.textContent).toBe(first);
    } finally {
      roots.restore();
    }
  });
});

describe('fixPreview', () => {
  it('shows the whole corrected words, not the changed fragment', () => {
    const text = 'Hội đồng nhân dân xã';
    expect(fixPreview(text, [9, 17], { range: [9, 10], text: 'N' })).toBe('Nhân dân');
    expect(fixPreview('tổ chưc thực hiện', [3, 7], { range: [5, 6], text: 'ứ' })).toBe('chức');
    expect(fixPreview('Kế hoạch  số', [8, 10], { range: [8, 10], text: ' ' })).toBe('hoạch số');
  });
});
