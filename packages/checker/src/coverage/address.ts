/**
 * A plan that says which of its parent's tasks it carries out, by the task's address: "nhiệm vụ được giao tại điểm c
 * khoản 2 Điều 3 Nghị quyết số 99/NQ-CP …", "Thực hiện Thông báo số 623/TB-VPCP … (mục 3 phần III)". The address is read
 * into the id soát gives the task ("Đ3.2.c", "III.3").
 */
import { extractCitations, symbolKey } from '../facts/citations';
import type { WorkingText } from '../text';
import type { Range } from '../types';

/** One step of an address, folded: "điểm c", "khoản 2", "Điều 3", "mục II", "mục 3", "phần III", "mục II.3". */
const STEP = /(tieu muc|diem|khoan|muc|dieu|phan)\s+([0-9]+(?:\.[0-9]+)*|[ivxl]+(?:\.[0-9]+)*|[a-z])(?![\p{L}\p{N}])/gu;
/** The address right before a citation, after "tại" or "theo" (folded): "tại điểm c khoản 2 Điều 3 ". */
const BEFORE = new RegExp(`(?:^|[\\s,(])(?:tai|theo)\\s+((?:${STEP.source}[\\s,]*)+)$`, 'u');
/** The address in brackets right after a citation (its date and issuer between): "… (mục 3 phần III)". */
const AFTER = new RegExp(`^[^();]{0,120}?\\(\\s*(?:tai\\s+)?((?:${STEP.source}[\\s,]*)+)\\)`, 'u');
/** How far before a citation its address may start. */
const REACH = 80;

/**
 * The id of the parent's task that `ranges` (the plan's opening) say the plan carries out, and the range that says it,
 * when they give the address of exactly one task of the document numbered `parent` and that id is one of `ids`; null
 * otherwise.
 */
export function addressedTask(
  w: WorkingText,
  ranges: readonly Range[],
  parent: string,
  ids: ReadonlySet<string>,
): { readonly id: string; readonly range: Range } | null {
  const found = new Map<string, Range>();
  for (const range of ranges) {
    for (const c of extractCitations(w, range)) {
      if (c.symbol === null || symbolKey(c.symbol) !== symbolKey(parent)) continue;
      const from = Math.max(range[0], c.range[0] - REACH);
      const before = BEFORE.exec(w.folded.slice(from, c.range[0]).trimEnd());
      const after = AFTER.exec(w.folded.slice(c.range[1], range[1]));
      for (const [m, at] of [
        [before, from],
        [after, c.range[1]],
      ] as const) {
        if (!m) continue;
        // Read on the text too, where "điểm đ" keeps its letter (folded "d").
        const start = at + m.index + m[0].indexOf(m[1]!);
        const end = start + m[1]!.length;
        found.set(idOf(w.folded.slice(start, end), w.text.slice(start, end)), range);
      }
    }
  }
  const [only] = [...found];
  return found.size === 1 && ids.has(only![0]) ? { id: only![0], range: only![1] } : null;
}

/** Where each kind of step goes in an id, outermost first: a part or an article, a section, a clause, a point. */
const RANK: Readonly<Record<string, number>> = { phan: 0, dieu: 0, muc: 1, 'tieu muc': 2, khoan: 2, diem: 3 };

/** An address ("điểm c khoản 2 Điều 3", folded and as written) as soát's id: "Đ3.2.c"; "mục 3 phần II": "II.3". */
function idOf(folded: string, text: string): string {
  const steps = [...folded.matchAll(STEP)].map((m) => {
    const kind = m[1]!;
    const label = text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length);
    // A roman "mục" is a part ("mục II"); an arabic one, an item of it ("mục 4 phần II").
    const rank = kind === 'muc' && /^[IVXL]/i.test(label) ? 0 : RANK[kind]!;
    const roman = (kind === 'muc' || kind === 'phan') && /^[ivxl]+/i.test(label);
    return { rank, label: kind === 'dieu' ? `Đ${label}` : roman ? label.toUpperCase() : label };
  });
  return steps
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.label)
    .join('.');
}
