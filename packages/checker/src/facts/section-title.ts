/**
 * Section titles that run two coordinate nouns together: "I. MỤC ĐÍCH YÊU CẦU" for "I. MỤC ĐÍCH, YÊU CẦU"
 * (the pairs are in packages/rules/data/section-titles.json). Matched on the folded title, so capitals, OCR and
 * unaccented text alike; a dash or "và" between the two is another accepted way of joining them.
 * The fix puts a comma after the first noun.
 */
import { sectionTitles } from '@soat/rules/pack';
import type { ParsedDocument, Section } from '../parse';
import { fold } from '../text';
import { matchAt } from './format-common';
import type { Match } from './match';

const PAIRS = sectionTitles.pairs.map(([a, b]) => new RegExp(`\\b(${fold(a)})(\\s+)${fold(b)}\\b`, 'g'));

export function sectionTitlesWithoutComma(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      const [from, to] = s.title;
      const title = w.folded.slice(from, to);
      for (const pair of PAIRS) {
        for (const m of title.matchAll(pair)) {
          const start = from + m.index;
          const gap = start + m[1]!.length;
          out.push(matchAt(w, [start, start + m[0].length], { range: [gap, gap + m[2]!.length], text: ', ' }));
        }
      }
      visit(s.children);
    }
  };
  visit(doc.sections);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
