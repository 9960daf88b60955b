/**
 * Responsible units assigned in a section ("TỔ CHỨC THỰC HIỆN"): named units (Phòng…, Sở…, Công an…),
 * generic ones ("các cơ quan, đơn vị"), and lead units that monitor or report (chủ trì, theo dõi, …).
 */
import { units } from '@soat/rules/pack';
import type { ParsedDocument, Section } from '../parse';
import { APPENDIX_START } from '../parse/patterns';
import { fold, splitSentences, withoutTones } from '../text';
import type { Range } from '../types';
import { headingPattern, type Match } from './match';

export interface ResponsibleUnit extends Match {
  readonly kind: 'named' | 'generic';
  /** The tasks assigned to the unit: the rest of its item after the name. */
  readonly duties: string;
  /** Whether the unit's task includes leading, monitoring or reporting. */
  readonly lead: boolean;
}

const wordsPattern = (list: readonly string[]) =>
  new RegExp(`^(?:${list.map((p) => fold(p).replace(/[,]/g, ',?').replace(/ /g, '\\s+')).join('|')})\\b`);
const GENERIC = wordsPattern([...units.generic].sort((a, b) => b.length - a.length));
const NAMED = wordsPattern([...units.named].sort((a, b) => b.length - a.length));
/** Lower case, tone marks off, other marks kept: "Uỷ ban" = "ủy ban", "Số" ≠ "sở". */
const toneless = (s: string) => withoutTones(s.toLowerCase()).replace(/\s+/g, ' ');
const NAMED_WORDS = new Set(units.named.map(toneless));
/** "Tổ chức tuyên truyền …", "Ban hành …": a task, though "Tổ", "Ban" start units' names. */
const TASK_OPENING = wordsPattern(units.taskOpenings);
const LEAD = new RegExp(`\\b(?:${units.leadDuties.map((d) => fold(d).replace(/ /g, '\\s+')).join('|')})\\b`);
/** "Giao …", "Đề nghị …": the unit after the verb is assigned ("Giao Công an tỉnh là cơ quan thường trực …"). */
const ASSIGNING = new RegExp(`^(?:${units.assigningVerbs.map((v) => fold(v).replace(/ /g, '\\s+')).join('|')})\\s+`);
/** An appendix table that assigns the tasks ("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ"), and its lead-unit column. */
const TASK_TABLE = /^(?:phu luc\s*[ivx\d]*\s*[:.-]?\s*)?phan cong (?:thuc hien )?(?:cac )?nhiem vu\b/;
const LEAD_COLUMN = /^(?:(?:co quan|don vi)\s+)?chu tri\b/;
/**
 * Where a unit's name ends: at its first duty ("chịu trách nhiệm" too), punctuation, or the end of its paragraph ("xây
 * dựng" right after "Bộ" or "Sở" is the name: "Sở Xây dựng chủ trì", "Bộ Xây dựng hướng dẫn").
 */
const NAME_END =
  /(?<!\b(?:bo|so))\s+xay dung\b|\s+(?:la|chu tri|phoi hop|theo doi|tham muu|chi dao|huong dan|to chuc|trien khai|thuc hien|(?:co|chiu) trach nhiem|can cu|tang cuong|chu dong)\b|[:;.(]|\s*\n/;
/** The whole heading is "TỔ CHỨC THỰC HIỆN" (OCR-tolerant), not a task that starts with those words. */
const ORGANISATION_TITLE = headingPattern(['tổ chức thực hiện']);

/** The shallowest section whose whole title matches `heading` (a `headingPattern`). */
export function findSection(doc: ParsedDocument, heading: RegExp): Section | null {
  const w = doc.working;
  let level: readonly Section[] = doc.sections;
  while (level.length > 0) {
    const hit = level.find((s) => heading.test(w.folded.slice(...s.title).trim()));
    if (hit) return hit;
    level = level.flatMap((s) => s.children);
  }
  return null;
}

/** The "TỔ CHỨC THỰC HIỆN" section. */
export const findOrganisationSection = (doc: ParsedDocument) => findSection(doc, ORGANISATION_TITLE);

/**
 * One unit per item of the section (found by `findSection`): its numbered children (and the paragraphs before the first
 * of them), or, when it has none, its paragraphs that name a
 * unit, each with the paragraphs after it that name none (its duties: "Văn phòng UBND xã" then "- Tham mưu …",
 * as a .doc gives numbered items once Word's automatic numbers are lost). A unit may follow an assigning verb
 * ("Giao Công an tỉnh …"); a numbered item that names no unit ("1. Trách nhiệm thực hiện") assigns in its running
 * text: each sentence that starts with a unit ("Sở Nội vụ có trách nhiệm giúp …"). The units of an appendix table
 * "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ" are assigned too, and lead when the table has a "Chủ trì" column.
 */
export function findResponsibleUnits(doc: ParsedDocument, section: Section): ResponsibleUnit[] {
  const w = doc.working;
  const numbered = section.children.length > 0;
  const paragraphsIn = (range: Range) => w.paragraphs.filter((p) => p[0] >= range[0] && p[1] <= range[1]);
  const items: Range[] = numbered
    ? [
        // A lead-in before the numbered items may give them all to one unit ("Giao phòng Quản lý Công nghiệp triển
        // khai, thực hiện các công việc:" then "1. Tổ chức kiểm tra …").
        ...w.paragraphs.filter((p) => p[0] > section.heading[1] && p[1] <= section.children[0]!.range[0]),
        ...section.children.map((c) => c.range),
      ]
    : w.paragraphs.filter((p) => p[0] > section.heading[1] && p[1] <= section.range[1]);
  const found: UnitItem[] = [];
  for (const item of items) {
    const unit = openingUnit(w, item);
    const last = found[found.length - 1];
    if (unit) found.push(unit);
    else if (!numbered && last) last.item = [last.item[0], item[1]];
    else if (numbered) {
      for (const sentence of paragraphsIn(item).flatMap((p) => splitSentences(w.text, p))) {
        const inText = openingUnit(w, sentence);
        if (inText) found.push(inText);
      }
    }
  }
  return [...found.map((u) => responsibleUnit(w, u)), ...tableUnits(doc)];
}

interface UnitItem {
  readonly start: number;
  readonly kind: ResponsibleUnit['kind'];
  readonly head: string;
  item: Range;
}

/** The unit that an item (or a sentence) starts with, after an assigning verb if any. */
function unitAt(w: ParsedDocument['working'], item: Range, from: number): UnitItem | null {
  const verb = ASSIGNING.exec(w.folded.slice(from, item[1]));
  const start = from + (verb ? verb[0].length : 0);
  const head = w.folded.slice(start, Math.min(item[1], start + 160));
  const kind = GENERIC.test(head) ? 'generic' : isNamed(w.text, start, head) ? 'named' : null;
  return kind ? { start, kind, head, item: [item[0], item[1]] } : null;
}

/** A named unit's first words, as written when the text has its diacritics ("Số hóa …" is not "Sở …"). */
function isNamed(text: string, start: number, head: string): boolean {
  const m = NAMED.exec(head);
  if (!m || TASK_OPENING.test(head)) return false;
  const written = text.slice(start, start + m[0].length);
  return fold(written) === written.toLowerCase() || NAMED_WORDS.has(toneless(written));
}

function responsibleUnit(w: ParsedDocument['working'], { start, kind, head, item }: UnitItem): ResponsibleUnit {
  const cut = NAME_END.exec(head);
  const nameEnd = start + Math.min(cut ? cut.index : head.length, 90);
  const lead = LEAD.test(w.folded.slice(item[0], item[1]));
  const duties = w.text
    .slice(nameEnd, item[1])
    .replace(/^[\s:.-]+/, '')
    .trim();
  return { range: [start, nameEnd], text: w.text.slice(start, nameEnd).trim(), kind, lead, duties };
}

/**
 * The units of a task table "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ": its cells (a paragraph each, or tab-separated on one
 * line as a .doc reads a row) that are a unit's name, up to the next appendix. With a "Chủ trì" column they lead.
 */
function tableUnits(doc: ParsedDocument): ResponsibleUnit[] {
  const w = doc.working;
  const at = w.paragraphs.findIndex((p) => TASK_TABLE.test(w.folded.slice(...p).trim()));
  if (at < 0) return [];
  const cells = w.paragraphs.slice(at + 1).flatMap(([s, e]) => {
    const parts: Range[] = [];
    let from = s;
    for (const piece of w.text.slice(s, e).split('\t')) {
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      if (text) parts.push([from + lead, from + lead + text.length]);
      from += piece.length + 1;
    }
    return parts;
  });
  const end = cells.findIndex((c) => APPENDIX_START.test(w.folded.slice(...c)));
  const table = end >= 0 ? cells.slice(0, end) : cells;
  const lead = table.some((c) => LEAD_COLUMN.test(w.folded.slice(...c)));
  return table.flatMap((cell): ResponsibleUnit[] => {
    const unit = unitAt(w, cell, cell[0]);
    if (unit?.kind !== 'named' || NAME_END.test(unit.head) || cell[1] - cell[0] > 90) return [];
    return [{ range: cell, text: w.text.slice(...cell), kind: 'named', lead, duties: '' }];
  });
}

function skipNumbering(folded: string, [start, end]: Range): number {
  const m = /^\s*(?:[ivxl\d]{1,4}\s*[.)]|[a-z]\)|[-+•*])?\s*/.exec(folded.slice(start, end));
  return start + (m ? m[0].length : 0);
}

/** The unit a range (an item, a sentence) opens with, after its numbering and an assigning verb, or null. */
function openingUnit(w: ParsedDocument['working'], range: Range): UnitItem | null {
  return unitAt(w, range, skipNumbering(w.folded, range));
}

/** Whether a range (an item's title) starts with a unit's name, after its numbering and an assigning verb. */
export function startsWithUnit(w: ParsedDocument['working'], range: Range): boolean {
  return openingUnit(w, range) !== null;
}

/** The name of the unit a range opens with ("Bộ Công an tiếp tục chủ động …": "Bộ Công an tiếp tục"), or null. */
export function leadingUnit(w: ParsedDocument['working'], range: Range): Range | null {
  const unit = openingUnit(w, range);
  return unit && responsibleUnit(w, unit).range;
}

/** Whether a range (a table's cell, a line) is only a unit's name: "Phòng Văn hóa - Xã hội", no duties after it. */
export function isUnitName(w: ParsedDocument['working'], range: Range): boolean {
  const unit = openingUnit(w, range);
  return unit !== null && responsibleUnit(w, unit).duties === '';
}
