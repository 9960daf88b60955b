/**
 * `cites`: the opening (trích yếu, "Căn cứ…", "Thực hiện…") cites a document of the given kinds — or the decision
 * that issued one — and, when symbols are expected (the requirement's own, else the reviewer's `expectedParents`),
 * one of those. Only other directives cited, or a superior document named without its number: warn.
 */
import { citationTypes } from '@soat/rules/pack';
import { factToText } from '../engine/messages';
import { openingCitations, paragraphMatch, type FactContext } from '../facts';
import { symbolKey, type Citation } from '../facts/citations';
import { issuesDocument, issuingPattern, namedParents } from '../facts/preamble';
import { fold } from '../text';
import type { KindOutcome, ParamsOf } from './outcome';

const issuing = new Map<string, RegExp>();

/** The pattern of a decision "về ban hành <one of the kinds>", one per list of kinds. */
function issuingKinds(kinds: readonly string[]): RegExp {
  const key = kinds.join('|');
  let pattern = issuing.get(key);
  if (!pattern) {
    pattern = issuingPattern(citationTypes.types.filter((t) => kinds.includes(t.code)).map((t) => fold(t.name)));
    issuing.set(key, pattern);
  }
  return pattern;
}

/** The documents' labels, each once: the trích yếu and a "(gọi tắt là …)" name a document again. */
function distinctText(matches: readonly unknown[]): string {
  return [...new Set(matches.map(factToText).filter(Boolean))].join(', ');
}

export function cites(spec: ParamsOf<'cites'>, ctx: FactContext): KindOutcome {
  const { doc } = ctx;
  const citations = openingCitations(ctx);
  const title = ctx.get<KindOutcome['evidence']>('titleRange')[0];
  const expected = spec.symbols ?? ctx.options.expectedParents ?? [];
  const kinds = factToText(
    spec.documentKinds.map((code) => citationTypes.types.find((t) => t.code === code)?.name ?? code),
  );
  if (expected.length > 0) {
    const keys = new Set(expected.map(symbolKey));
    if (!citations.some((c) => c.symbol !== null && keys.has(symbolKey(c.symbol)))) {
      return {
        status: 'fail',
        messageId: 'expectedParentMissing',
        at: title,
        evidence: [],
        data: { expected: factToText(expected), kinds },
      };
    }
  }
  const pattern = issuingKinds(spec.documentKinds);
  const isRequired = (c: Citation) => spec.documentKinds.includes(c.type) || issuesDocument(doc, c, pattern);
  const required = citations.filter(isRequired);
  if (required.length > 0) return { status: 'pass', evidence: required };
  if (citations.length > 0) {
    return {
      status: 'warn',
      messageId: 'onlyOtherDirectives',
      at: citations[0],
      evidence: citations,
      data: { cited: distinctText(citations), kinds },
    };
  }
  const named = namedParents(doc, citations);
  if (named.length > 0) {
    return {
      status: 'warn',
      messageId: 'parentNoNumber',
      at: named[0],
      evidence: named,
      data: { cited: distinctText(named), kinds },
    };
  }
  const opening = [...(doc.summary ? [doc.summary] : []), ...doc.preamble];
  if (opening.length === 0) return { status: 'fail', messageId: 'noOpening', at: title, evidence: [], data: { kinds } };
  return {
    status: 'fail',
    messageId: 'nothingCited',
    at: paragraphMatch(ctx, opening[0]!),
    evidence: [],
    data: { kinds },
  };
}
