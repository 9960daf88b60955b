/**
 * Responsible units assigned in the "TỔ CHỨC THỰC HIỆN" section: named units (Phòng…, Sở…, Công an…),
 * generic ones ("các cơ quan, đơn vị"), and lead units that monitor or report (chủ trì, theo dõi, …).
 */
import { units } from '@soat/rules';
import type { ParsedDocument, Section } from '../parse';
import { fold } from '../text';
import type { Range } from '../types';
import type { Match } from './match';

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
/** "Tổ chức tuyên truyền …", "Ban hành …": a task, though "Tổ", "Ban" start units' names. */
const TASK_OPENING = wordsPattern(units.taskOpenings);
const LEAD = new RegExp(`\\b(?:${units.leadDuties.map((d) => fold(d).replace(/ /g, '\\s+')).join('|')})\\b`);
/** Where a unit's name ends: at its first duty, punctuation, or the end of its paragraph. */
const NAME_END = /\s+(?:chu tri|phoi hop|theo doi|tham muu|chi dao|huong dan|xay dung|to chuc|trien khai|thuc hien|co trach nhiem|can cu|tang cuong|chu dong)\b|[:;.(]|\s*\n/;
/** The whole heading is "TỔ CHỨC THỰC HIỆN" (OCR-tolerant), not a task that starts with those words. */
const ORGANIZATION_TITLE = /^t\S{0,2}\s*ch\S{1,3}c\s+th\S{1,3}c\s+hi\S{1,2}n\s*[.:]?$/;

/** The "TỔ CHỨC THỰC HIỆN" section, the shallowest one first. */
export function findOrganizationSection(doc: ParsedDocument): Section | null {
  const w = doc.working;
  let level: readonly Section[] = doc.sections;
  while (level.length > 0) {
    const hit = level.find((s) => ORGANIZATION_TITLE.test(w.folded.slice(...s.title).trim()));
    if (hit) return hit;
    level = level.flatMap((s) => s.children);
  }
  return null;
}

/**
 * One unit per item of the section: its numbered children, or, when it has none, its paragraphs that name a
 * unit, each with the paragraphs after it that name none (its duties: "Văn phòng UBND xã" then "- Tham mưu …",
 * as a .doc gives numbered items once Word's automatic numbers are lost).
 */
export function findResponsibleUnits(doc: ParsedDocument): ResponsibleUnit[] {
  const section = findOrganizationSection(doc);
  if (!section) return [];
  const w = doc.working;
  const numbered = section.children.length > 0;
  const items: Range[] = numbered
    ? section.children.map((c) => c.range)
    : w.paragraphs.filter((p) => p[0] > section.heading[1] && p[1] <= section.range[1]);
  const units: { start: number; kind: ResponsibleUnit['kind']; head: string; item: [number, number] }[] = [];
  for (const item of items) {
    const start = skipNumbering(w.folded, item);
    const head = w.folded.slice(start, Math.min(item[1], start + 160));
    const kind = GENERIC.test(head) ? 'generic' : NAMED.test(head) && !TASK_OPENING.test(head) ? 'named' : null;
    const last = units[units.length - 1];
    if (kind) units.push({ start, kind, head, item: [item[0], item[1]] });
    else if (!numbered && last) last.item[1] = item[1];
  }
  return units.map(({ start, kind, head, item }) => {
    const cut = NAME_END.exec(head);
    const nameEnd = start + Math.min(cut ? cut.index : head.length, 90);
    const lead = LEAD.test(w.folded.slice(item[0], item[1]));
    const duties = w.text.slice(nameEnd, item[1]).replace(/^[\s:.-]+/, '').trim();
    return { range: [start, nameEnd], text: w.text.slice(start, nameEnd).trim(), kind, lead, duties };
  });
}

function skipNumbering(folded: string, [start, end]: Range): number {
  const m = /^\s*(?:[ivxl\d]{1,4}\s*[.)]|[a-z]\)|[-+•*])?\s*/.exec(folded.slice(start, end));
  return start + (m ? m[0].length : 0);
}
