/**
 * Mentions of the 2026 election (đại biểu Quốc hội khóa XVI and HĐND các cấp nhiệm kỳ 2026-2031),
 * sentence by sentence in the body. Terms come from packages/rules/data/election-2026.json.
 */
import { election2026 } from '@soat/rules';
import type { ParsedDocument } from '../parse';
import { splitSentences } from '../text';
import { ocrPhrase, type Match } from './match';

const ELECTION = new RegExp(ocrPhrase('bầu cử'));
const term = ([from, to]: readonly [string, string]) => `${from}\\s*-\\s*${to}`;
const RIGHT_ASSEMBLY = new RegExp(`\\bkho\\S?\\s+${election2026.nationalAssemblyTerm.toLowerCase()}\\b`);
const RIGHT_COUNCIL_TERM = new RegExp(term(election2026.councilTerm));
const RIGHT_COUNCIL = new RegExp(`${RIGHT_COUNCIL_TERM.source}|hoi dong nhan dan|\\bhdnd\\b`);
const CANDIDATE = new RegExp(ocrPhrase('ứng cử'));
const DEPUTIES = new RegExp(ocrPhrase('đại biểu'));
const WRONG = new RegExp(
  [
    ...election2026.wrongNationalAssemblyTerms.map((t) => `\\bkho\\S?\\s+${t.toLowerCase()}\\b`),
    ...election2026.wrongCouncilTerms.map(term),
  ].join('|'),
);

export interface ElectionMentions {
  readonly full: Match[];
  readonly generic: Match[];
  readonly wrongTerm: Match[];
  /** The plan's own subject (its trích yếu) is the election, with the right term or none: it covers the task. */
  readonly subject: Match[];
}

export function findElectionMentions(doc: ParsedDocument): ElectionMentions {
  const w = doc.working;
  const full: Match[] = [];
  const generic: Match[] = [];
  const wrongTerm: Match[] = [];
  const [bodyStart, bodyEnd] = doc.body;
  for (const paragraph of w.paragraphs) {
    if (paragraph[1] <= bodyStart || paragraph[0] >= bodyEnd) continue;
    if (!ELECTION.test(w.folded.slice(...paragraph))) continue;
    for (const sentence of splitSentences(w.text, paragraph)) {
      const folded = w.folded.slice(...sentence);
      if (!ELECTION.test(folded)) continue;
      const match: Match = { range: sentence, text: w.text.slice(...sentence) };
      if (WRONG.test(folded)) wrongTerm.push(match);
      else if (RIGHT_ASSEMBLY.test(folded) && RIGHT_COUNCIL.test(folded)) full.push(match);
      else generic.push(match);
    }
  }
  return { full, generic, wrongTerm, subject: electionSubject(doc) };
}

/**
 * A trích yếu whose subject is the election ("Kế hoạch … công tác bầu cử …", "… giới thiệu người ứng cử đại biểu HĐND
 * xã nhiệm kỳ 2026 - 2031"), without a wrong term.
 */
function electionSubject(doc: ParsedDocument): Match[] {
  if (!doc.summary) return [];
  const w = doc.working;
  const folded = w.folded.slice(...doc.summary);
  const deputies = DEPUTIES.test(folded) && (RIGHT_ASSEMBLY.test(folded) || RIGHT_COUNCIL_TERM.test(folded));
  if (WRONG.test(folded) || !(ELECTION.test(folded) || CANDIDATE.test(folded) || deputies)) return [];
  return [{ range: doc.summary, text: w.text.slice(...doc.summary) }];
}
