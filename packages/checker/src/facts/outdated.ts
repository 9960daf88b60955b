/**
 * References that the plan's date has overtaken: documents replaced or repealed before the plan
 * (packages/rules/data/superseded.json) and units abolished by the 2025 reform (cấp huyện, thị trấn;
 * packages/rules/data/abolished-units.json) named in the plan's own tasks, reporting lines and Nơi nhận.
 */
import { abolishedUnits, superseded } from '@soat/rules/pack';
import type { ParsedDocument } from '../parse';
import { fold, splitSentences } from '../text';
import type { Range } from '../types';
import { symbolKey, type Citation } from './citations';
import { formatPlanDate, insideAny, matchAt, perDocument } from './format-common';
import type { Match } from './match';
import type { PlanPeriod } from './plan-period';
import { findOrganisationSection } from './units';

type Severity = (typeof superseded.documents)[number]['severity'];

const ENTRIES = superseded.documents.map((d) => ({
  ...d,
  keys: new Set(d.symbols.map(symbolKey)),
  names: d.names.map((n) => new RegExp(n, 'g')),
  stillAhead: (d.stillAhead ?? []).map((n) => new RegExp(n)),
}));

/**
 * The first citation or mention of each document replaced before the end of the plan's period, for one
 * severity; not when the plan names the replacement as still to come ("phục vụ … Đại hội … lần thứ XIV").
 * A repealed document (an error) needs the whole period after the repeal: a plan whose period contains the
 * date (an undated 2023 plan and a Pháp lệnh repealed from 01/7/2023) may have been issued before it, and gets
 * `during` instead, a warning that the document lapses within the plan's period.
 */
export function supersededReferences(
  doc: ParsedDocument,
  citations: readonly Citation[],
  period: PlanPeriod | null,
  severity: Severity | 'during',
  quoted: readonly Range[],
): Match[] {
  if (!period) return [];
  const w = doc.working;
  const out: Match[] = [];
  for (const entry of ENTRIES) {
    const during = period.earliest < entry.from && entry.from <= period.latest;
    const after = entry.severity === 'error' ? period.earliest >= entry.from : period.latest >= entry.from;
    const applies = severity === 'during' ? during && entry.severity === 'error' : entry.severity === severity && after;
    if (!applies) continue;
    // The first mention of each document is reported; later ones repeat the same advice.
    const bySymbol = citations.find((c) => c.symbol && entry.keys.has(symbolKey(c.symbol)))?.range;
    // A name inside a quotation is another document's mention (a letter quoting the plan it returns).
    const byName = entry.names.flatMap((name) =>
      [...w.folded.matchAll(name)]
        .map((m): Range => [m.index, m.index + m[0].length])
        .filter((range) => !insideAny(quoted, range))
        .slice(0, 1),
    );
    const first = [...(bySymbol ? [bySymbol] : []), ...byName].sort((a, b) => a[0] - b[0])[0];
    // The replacement still to come is looked for only where the document is named (a long pattern, rarely needed).
    if (first && !entry.stillAhead.some((p) => p.test(w.folded)))
      out.push({ ...matchAt(w, first), label: entry.replacedBy, data: { from: formatPlanDate(entry.from)! } });
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

const ABOLISHED = new RegExp(`\\b(?:${abolishedUnits.patterns.join('|')})`, 'g');
const PROVINCE_NAMES = new Map(abolishedUnits.provinces.map((p) => [fold(p.name), p]));
/** "tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang", not "tỉnh Bắc Giang (cũ)" nor a ward that kept the name. */
const provinceKey = (folded: string) => folded.replace(/\s*-\s*/g, ' - ');
const PROVINCE_PATTERN = [...PROVINCE_NAMES.keys()].map((name) => name.replace(/ - /g, '\\s*-\\s*')).join('|');
const MERGED_PROVINCE = new RegExp(`\\btinh(?: uy)? (${PROVINCE_PATTERN})\\b(?! ?\\(?cu\\b)`, 'g');
const MERGED_BOARD = new RegExp(`\\b(?:${abolishedUnits.mergedBoards.join('|')})`, 'g');
const REPORTING = /\b(?:bao cao|gui)\b/;
/** A citation's range ends at its date; its issuer ("… của Huyện ủy …") follows within this many characters. */
const ISSUER_REACH = 60;

/** A sentence that tells of the reform itself ("… đã giải thể, sáp nhập theo chủ trương sắp xếp …") names units as they were. */
const REFORM_TOLD = /\b(?:giai the|sap nhap|hop nhat|sap xep|ket thuc hoat dong|truoc day)\b|\(cu\)/;
/** How far a cited document's trích yếu may run after its number and date, to the clause's end. */
const SUBJECT_REACH = 300;

/**
 * Where a plan speaks in the present: Nơi nhận, the "Tổ chức thực hiện" section and reporting sentences (read once
 * per document for the three facts of the reform).
 */
const presentTenseScopes = perDocument((doc): readonly Range[] => {
  const w = doc.working;
  const scopes: Range[] = [...(doc.recipients?.items ?? [])];
  const organisation = findOrganisationSection(doc);
  if (organisation) scopes.push(organisation.range);
  for (const p of w.paragraphs) {
    if (
      p[0] < doc.body[0] ||
      p[1] > doc.body[1] ||
      (organisation && p[0] >= organisation.range[0] && p[1] <= organisation.range[1])
    )
      continue;
    if (!REPORTING.test(w.folded.slice(...p))) continue;
    for (const s of splitSentences(w.text, p)) {
      const sentence = w.folded.slice(...s);
      if (REPORTING.test(sentence) && !REFORM_TOLD.test(sentence)) scopes.push(s);
    }
  }
  return scopes;
});

/** Mentions matching `pattern` in a plan dated from 01/7/2025, in present-tense scopes, outside citations. */
function reformMentions(
  doc: ParsedDocument,
  citations: readonly Citation[],
  period: PlanPeriod | null,
  pattern: RegExp,
): Match[] {
  if (!period || period.earliest < abolishedUnits.from) return [];
  const w = doc.working;
  const dated = (c: Citation) =>
    c.date ? `${c.date.year}-${String(c.date.month).padStart(2, '0')}-${String(c.date.day).padStart(2, '0')}` : null;
  // Inside a citation, or in the trích yếu of a document issued before the reform ("Công văn số 28/CV-ĐKT ngày
  // 24/6/2025 về việc đôn đốc … tại UBND huyện Tuy Đức"): the unit as that document named it.
  const inCitation = (at: number) =>
    citations.some(
      (c) =>
        (c.range[0] <= at && at < c.range[1] + ISSUER_REACH) ||
        ((dated(c) ?? abolishedUnits.from) < abolishedUnits.from &&
          c.range[1] <= at &&
          at - c.range[1] < SUBJECT_REACH &&
          !/[;.\n]/.test(w.text.slice(c.range[1], at))),
    );
  const out: Match[] = [];
  for (const [start, end] of presentTenseScopes(doc)) {
    for (const m of w.folded.slice(start, end).matchAll(pattern)) {
      const at = start + m.index;
      if (inCitation(at)) continue;
      const province = m[1] ? PROVINCE_NAMES.get(provinceKey(m[1])) : undefined;
      out.push({ ...matchAt(w, [at, at + m[0].length]), ...(province ? { label: province.mergedInto } : {}) });
    }
  }
  return out;
}

/**
 * "UBND huyện", "Phòng Nội vụ huyện", "cấp huyện", "Huyện ủy", "thị trấn" in a plan dated from 01/7/2025:
 * in Nơi nhận, in the "Tổ chức thực hiện" section and in reporting sentences — not in citations of older documents.
 */
export const abolishedUnitMentions = (doc: ParsedDocument, citations: readonly Citation[], period: PlanPeriod | null) =>
  reformMentions(doc, citations, period, ABOLISHED);

/** "tỉnh Bắc Giang", "Tỉnh ủy Hải Dương": a province merged into another on 01/7/2025, in the same places. */
export const mergedProvinceMentions = (
  doc: ParsedDocument,
  citations: readonly Citation[],
  period: PlanPeriod | null,
) => reformMentions(doc, citations, period, MERGED_PROVINCE);

/** "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Trung ương": boards merged into "Ban Tuyên giáo và Dân vận" in 2025. */
export const mergedBoardMentions = (doc: ParsedDocument, citations: readonly Citation[], period: PlanPeriod | null) =>
  reformMentions(doc, citations, period, MERGED_BOARD);

/** A name's syllables, folded ("Bà Rịa - Vũng Tàu" → ba, ria, vung, tau). */
const syllablesOf = (name: string) =>
  fold(name)
    .split(/[\s-]+/)
    .filter(Boolean);

/** Every province's or city's name, old or new, by its folded syllables: the merged ones, what they became, the kept. */
const PROVINCE_BY_SYLLABLES: ReadonlyMap<string, string> = new Map(
  [...abolishedUnits.provinces.flatMap((p) => [p.name, p.mergedInto]), ...abolishedUnits.keptProvinces]
    .map((name) => name.replace(/^Thành phố /, ''))
    .map((name) => [syllablesOf(name).join(' '), name]),
);

/** Whether two words are at most one letter apart (one added, dropped or changed). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/** The province a name is one letter away from, in one syllable ("Lài Cai" → Lào Cai), or null. */
function nearProvince(syllables: readonly string[]): string | null {
  for (const [key, name] of PROVINCE_BY_SYLLABLES) {
    const other = key.split(' ');
    if (other.length !== syllables.length) continue;
    const differing = other.filter((s, i) => s !== syllables[i]);
    if (differing.length === 1 && oneLetterApart(differing[0]!, syllables[other.indexOf(differing[0]!)]!)) return name;
  }
  return null;
}

/** The capitalised words after "tỉnh" ("tỉnh Lài Cai", "Tỉnh Lào Cai Nguyễn …"), two to four of them. */
const AFTER_TINH = /(?<![\p{L}\d])[Tt]ỉnh((?:\s+(?:-\s+)?\p{Lu}\p{L}*){2,4})/gu;

/**
 * "tỉnh Lài Cai": the capitalised words after "tỉnh" begin with no province's name, old or new, but one letter
 * away from one in one syllable. The longest run of words that is a province's name is taken first, so a person's
 * name after the province ("tỉnh Lào Cai Nguyễn Văn A") is never read as part of it.
 */
export function misspeltProvinces(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const m of w.text.matchAll(AFTER_TINH)) {
    const start = m.index + m[0].length - m[1]!.length;
    const words = [...m[1]!.matchAll(/\p{Lu}\p{L}*/gu)].map(
      (x): Range => [start + x.index, start + x.index + x[0].length],
    );
    const prefixes = words.map((_, k) => words.slice(0, k + 1)).filter((p) => p.length >= 2);
    const sylls = (p: readonly Range[]) => p.map((r) => fold(w.text.slice(...r)));
    if (prefixes.some((p) => PROVINCE_BY_SYLLABLES.has(sylls(p).join(' ')))) continue;
    for (const p of prefixes.reverse()) {
      const right = nearProvince(sylls(p));
      if (!right) continue;
      out.push({ ...matchAt(w, [p[0]![0], p.at(-1)![1]]), data: { right } });
      break;
    }
  }
  return out;
}
