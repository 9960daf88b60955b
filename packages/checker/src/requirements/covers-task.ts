/**
 * `covers-task`: the body has a task matching the terms, sentence by sentence, diacritic- and OCR-tolerant (the
 * folded text and the measured OCR confusions of facts/match.ts). A sentence with a term passes when it also has a
 * specific term (without specific terms, any mention passes), warns as generic otherwise, and fails when it has a
 * wrong term. A plan whose trích yếu has a subject term (and no wrong term) is about the task: it passes, whatever
 * its year.
 */
import type { Term } from '@soat/rules';
import type { FactContext, Match } from '../facts';
import { ocrPhrase } from '../facts/match';
import { splitSentences } from '../text';
import type { KindOutcome, ParamsOf } from './outcome';

type Test = (folded: string) => boolean;

function compile(term: Term): Test {
  if (typeof term === 'string') {
    const pattern = new RegExp(ocrPhrase(term));
    return (folded) => pattern.test(folded);
  }
  if ('all' in term) {
    const parts = term.all.map(compile);
    return (folded) => parts.every((part) => part(folded));
  }
  const parts = term.any.map(compile);
  return (folded) => parts.some((part) => part(folded));
}

/** A term list as a message shows it: `"chuyển đổi số"`, `"khóa XVI" + ("HĐND" / "2026-2031")` (+ all, / any). */
export function termsLabel(terms: readonly Term[], separator = ' / ', nested = false): string {
  const label = (term: Term): string =>
    typeof term === 'string'
      ? `"${term}"`
      : 'all' in term
        ? termsLabel(term.all, ' + ', true)
        : termsLabel(term.any, ' / ', true);
  const text = terms.map(label).join(separator);
  return nested && terms.length > 1 ? `(${text})` : text;
}

interface Compiled {
  readonly term: Test;
  readonly specific: Test | null;
  readonly wrong: Test | null;
  readonly subject: Test | null;
}

const compiled = new WeakMap<ParamsOf<'covers-task'>, Compiled>();
const anyOf = (terms: readonly Term[] | undefined) => (terms ? compile({ any: [...terms] }) : null);

function compiledOf(spec: ParamsOf<'covers-task'>): Compiled {
  let c = compiled.get(spec);
  if (!c) {
    c = {
      term: compile({ any: spec.terms }),
      specific: anyOf(spec.specificTerms),
      wrong: anyOf(spec.wrongTerms),
      subject: anyOf(spec.subjectTerms),
    };
    compiled.set(spec, c);
  }
  return c;
}

/** A pass when the plan is about the task: its trích yếu has a subject term and no wrong term. */
export function subjectPass(spec: ParamsOf<'covers-task'>, ctx: FactContext): KindOutcome | null {
  const { subject, wrong } = compiledOf(spec);
  const { summary, working: w } = ctx.doc;
  if (!subject || !summary) return null;
  const folded = w.folded.slice(...summary);
  return subject(folded) && !wrong?.(folded)
    ? { status: 'pass', evidence: [{ range: summary, text: w.text.slice(...summary) }] }
    : null;
}

export function coversTask(spec: ParamsOf<'covers-task'>, ctx: FactContext): KindOutcome {
  const subject = subjectPass(spec, ctx);
  if (subject) return subject;
  const { term, specific, wrong } = compiledOf(spec);
  const w = ctx.doc.working;
  const full: Match[] = [];
  const generic: Match[] = [];
  const wrongTerm: Match[] = [];
  const [bodyStart, bodyEnd] = ctx.doc.body;
  for (const paragraph of w.paragraphs) {
    if (paragraph[1] <= bodyStart || paragraph[0] >= bodyEnd || !term(w.folded.slice(...paragraph))) continue;
    for (const sentence of splitSentences(w.text, paragraph)) {
      const folded = w.folded.slice(...sentence);
      if (!term(folded)) continue;
      const match: Match = { range: sentence, text: w.text.slice(...sentence) };
      if (wrong?.(folded)) wrongTerm.push(match);
      else if (!specific || specific(folded)) full.push(match);
      else generic.push(match);
    }
  }
  const data = {
    terms: termsLabel(spec.terms),
    specific: termsLabel(spec.specificTerms ?? []),
    wrong: wrongTerm.map((m) => m.text).join('; '),
  };
  if (wrongTerm.length > 0)
    return { status: 'fail', messageId: 'wrongTerm', at: wrongTerm[0], evidence: wrongTerm, data };
  if (full.length > 0) return { status: 'pass', evidence: full };
  if (generic.length > 0) return { status: 'warn', messageId: 'generic', at: generic[0], evidence: generic, data };
  return { status: 'fail', messageId: 'missing', at: ctx.get<Match[]>('titleRange')[0], evidence: [], data };
}
