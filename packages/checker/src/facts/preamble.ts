/**
 * The "Căn cứ …" lines of the preamble (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a): each basis on its own
 * line ending in ";" (the last in "."), each given with its type, number, date, issuer and trích yếu.
 * Luật and Pháp lệnh are cited by name alone and are left out of the trích yếu check.
 */
import { citationTypes } from '@soat/rules/pack';
import type { ParsedDocument } from '../parse';
import { PREAMBLE_START } from '../parse/patterns';
import { FULL_STOP, fold } from '../text';
import type { Range } from '../types';
import type { Citation } from './citations';
import { matchAt } from './format-common';
import type { Match } from './match';

const BASIS = /^can cu\b/;
const BASIS_LEAD = /^\s*(?:can cu\s*)?$/;
/** "của Chính phủ" and the like: at most this many words after a citation mean there is no trích yếu. */
const ISSUER_ONLY_WORDS = 5;
/** Where a basis's tail ends: ";" or a full stop ("… của UBND TP.HCM về …" goes on). */
const TAIL_END = new RegExp(`;|${FULL_STOP}|$`);
/** How many lines a basis may wrap onto. */
const WRAPPED_LINES = 4;
/** A line no basis wraps onto: one in capitals ("QUYẾT ĐỊNH:"), an article ("Điều 1."). */
const NOT_WRAPPED = /^\s*(?:[\p{Lu}\s,]+:?\s*$|Điều\s+\d)/u;

/**
 * The "Căn cứ …" paragraphs, each with the lines it wraps onto: a paragraph that ends without ";", "." or ":" goes on
 * into the next unless that starts an opening line of its own ("… của UBND" / "Thành phố ban hành Quy định …", a PDF's
 * lines).
 */
function basisParagraphs(doc: ParsedDocument): Range[] {
  const w = doc.working;
  return doc.preamble
    .filter((p) => BASIS.test(w.folded.slice(...p)))
    .map((p) => {
      let end = p[1];
      const at = w.paragraphs.findIndex((q) => q[0] === p[0]);
      for (let k = at + 1; k > 0 && k <= at + WRAPPED_LINES && !/[;.:]\s*$/.test(w.text.slice(p[0], end)); k++) {
        const next = w.paragraphs[k];
        if (!next || PREAMBLE_START.test(w.folded.slice(...next)) || NOT_WRAPPED.test(w.text.slice(...next))) break;
        end = next[1];
      }
      return [p[0], end];
    });
}

/** Whether the text before a citation ends in a ";" (or, for the paragraph's first, its opening) and at most "căn cứ". */
function startsBasis(before: string, paragraphStart = false): boolean {
  const semicolon = before.lastIndexOf(';');
  return (semicolon >= 0 || paragraphStart) && BASIS_LEAD.test(before.slice(semicolon + 1));
}

const citationsIn = (citations: readonly Citation[], [start, end]: Range) =>
  citations.filter((c) => c.range[0] >= start && c.range[1] <= end);

/**
 * An amending document, named so ("Luật sửa đổi, bổ sung một số điều của Luật …") or saying so right after its
 * number ("Nghị định số 24/2022/NĐ-CP ngày 06/4/2022 của Chính phủ sửa đổi, bổ sung …"); not a basis that was
 * amended ("Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 được sửa đổi …", "… và Luật số 97/2025/QH15 về sửa đổi …").
 */
const AMENDING_NAME = /(?<!\bduoc )\bsua doi\b/;
const AMENDING_AFTER = /^\s*,?\s*(?:cua [^;,]{0,40}?\s)?sua doi\b/;
/** Two citations joined by "và", the first with its date: "… ngày 14/5/2013 và …". */
const JOINED_BY_AND = /^\s*(?:ngay\s[^;,]{0,30})?\s*va\s*$/;
/** A law cited by its number alone, as an amending law is: "Luật số 42/2019/QH14". */
const LAW_BY_NUMBER = /^luat so\b/;
/** Right before a citation: the basis it amends says so ("được sửa đổi, bổ sung theo", "… bởi", "… tại"). */
const AMENDED_BY = /\bsua doi,?\s*bo sung(?: mot so dieu)?\s+(?:theo|boi|tai)\s*$/;

/**
 * Several bases run together in one paragraph, separated by ";": a citation right after a ";" (or a "; căn cứ").
 * A ";" inside a cited document's own trích yếu ("…hội nghị cử tri; việc giới thiệu … theo Nghị quyết số …") is not,
 * nor one before a document that amends the basis ("Căn cứ Luật Bầu cử … ngày 25 tháng 6 năm 2015; Luật sửa đổi,
 * bổ sung một số điều của Luật Bầu cử … ngày 24 tháng 6 năm 2025;"): the law as amended is one basis, as the
 * Government's own decrees write it.
 */
export function basesRunTogether(doc: ParsedDocument, citations: readonly Citation[]): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const p of basisParagraphs(doc)) {
    const inside = citationsIn(citations, p);
    const between = (i: number) => w.folded.slice(inside[i]!.range[1], inside[i + 1]!.range[0]);
    // Amending, or joined by "và" to the amending one after it ("Nghị định số 48/2013/NĐ-CP … và Nghị định số
    // 92/2017/NĐ-CP … của Chính phủ sửa đổi, bổ sung …").
    const amending = (i: number): boolean => {
      const c = inside[i]!;
      return (
        AMENDING_NAME.test(w.folded.slice(...c.range)) ||
        AMENDING_AFTER.test(w.folded.slice(c.range[1], Math.min(p[1], c.range[1] + 80))) ||
        (i + 1 < inside.length && JOINED_BY_AND.test(between(i)) && amending(i + 1))
      );
    };
    // An item of the list of laws a basis is "sửa đổi, bổ sung theo", each by its number alone: "Luật Sở hữu trí tuệ …
    // được sửa đổi, bổ sung theo Luật số 36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15" (Cần Thơ, 2025).
    // A law named after the ";" is a basis of its own ("…; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13").
    const amendments: boolean[] = [];
    inside.forEach((c, i) => {
      const before = w.folded.slice(i > 0 ? inside[i - 1]!.range[1] : p[0], c.range[0]);
      amendments[i] =
        AMENDED_BY.test(before) || (i > 0 && amendments[i - 1]! && LAW_BY_NUMBER.test(w.folded.slice(...c.range)));
    });
    const joined = inside.findIndex(
      (c, i) =>
        i > 0 && startsBasis(w.folded.slice(inside[i - 1]!.range[1], c.range[0])) && !amending(i) && !amendments[i],
    );
    if (joined > 0) {
      const semicolon = w.text.indexOf(';', inside[joined - 1]!.range[1]);
      out.push(matchAt(w, [p[0], semicolon + 1]));
    }
  }
  return out;
}

/** A basis given without its trích yếu: "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;". */
export function basisWithoutSummary(doc: ParsedDocument, citations: readonly Citation[]): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const p of basisParagraphs(doc)) {
    const inside = citationsIn(citations, p);
    /** What follows a citation in its basis, up to ";" or a full stop (its issuer, its trích yếu). */
    const tailOf = (c: Citation) =>
      w.text.slice(c.range[1], p[1]).slice(0, w.folded.slice(c.range[1], p[1]).search(TAIL_END));
    const words = (c: Citation) => tailOf(c).trim().split(/\s+/).filter(Boolean).length;
    // Its own, or shared with the next joined by "và" ("Thông tư số 06/2013/TT-BXD ngày 13/5/2013 và Thông tư số
    // 16/2013/TT-BXD … của Bộ Xây dựng hướng dẫn …").
    const hasSummary = (c: Citation): boolean => {
      if (words(c) > ISSUER_ONLY_WORDS) return true;
      const next = inside[inside.indexOf(c) + 1];
      return next !== undefined && JOINED_BY_AND.test(w.folded.slice(c.range[1], next.range[0])) && hasSummary(next);
    };
    for (const c of inside) {
      if (c.type === 'L' || c.type === 'PL' || !c.symbol) continue;
      // Only a document that is itself a basis: "…; Nghị định số …", not "… sửa đổi theo Nghị quyết số …".
      if (!startsBasis(w.folded.slice(p[0], c.range[0]), true)) continue;
      if (!hasSummary(c)) out.push(matchAt(w, [c.range[0], c.range[1] + tailOf(c).trimEnd().length]));
    }
  }
  return out;
}

/**
 * "Quyết định số 282/QĐ-TTg … về ban hành Kế hoạch …", "Nghị quyết số 50/NQ-CP … của Chính phủ ban hành kế hoạch …":
 * the decision or resolution that issued a document of one of `typeNames` (folded: "ke hoach") stands for that
 * document. Its own trích yếu, in the same clause, no punctuation before it ("… của Bộ Chính trị, Ủy ban nhân dân tỉnh
 * ban hành Kế hoạch …" is this plan's own opening).
 */
export function issuingPattern(typeNames: readonly string[]): RegExp {
  const names = typeNames.map((n) => n.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^[^;,.:()]{0,160}?\\b(?:ve\\s+(?:viec\\s+)?)?ban\\s+hanh\\s+(?:${names})\\b`);
}

export function issuesDocument(doc: ParsedDocument, citation: Citation, pattern: RegExp): boolean {
  const w = doc.working;
  return (
    (citation.type === 'QĐ' || citation.type === 'NQ') &&
    pattern.test(w.folded.slice(citation.range[1], citation.range[1] + 200))
  );
}

/** A document type named as a title, without its number: "Chương trình mục tiêu quốc gia …". */
const TYPE_NAMES = citationTypes.types
  .filter((t) => t.code !== 'L' && t.code !== 'PL' && t.code !== 'HP')
  .map((t) => fold(t.name));
const NAMED_PARENT = new RegExp(
  `^(?:thuc hien|can cu|trien khai)\\s+(?<type>(?:${TYPE_NAMES.join('|').replace(/ /g, '\\s+')}|chien luoc)\\s+)(?!so\\b|\\d)`,
);

/**
 * Superior documents cited by name alone in the opening ("Thực hiện Chương trình mục tiêu quốc gia … đến năm
 * 2030 …"): a parent whose number is missing. The type word is capitalised, as a title is; the rest of the
 * clause (to ";" or ".") is the name.
 */
export function namedParents(doc: ParsedDocument, citations: readonly Citation[]): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const p of doc.preamble) {
    const m = NAMED_PARENT.exec(w.folded.slice(...p));
    if (!m) continue;
    const typeStart = p[0] + m[0].length - m.groups!.type!.length;
    if (!/^\p{Lu}/u.test(w.text.slice(typeStart, typeStart + 1))) continue;
    if (citations.some((c) => c.range[0] === typeStart)) continue;
    const clause = w.text.slice(typeStart, p[1]);
    const end = typeStart + Math.min(clause.search(/[;.]|$/), 160);
    out.push(matchAt(w, [typeStart, end]));
  }
  return out;
}
