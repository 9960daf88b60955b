import { documentTypes } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import type { DocumentTypeCode, Range } from '../types';
import type { Title } from './types';

/** Folded type names, tolerant of one garbled letter in OCR ("K& HOACH"). */
const TYPE_PATTERNS = documentTypes.types.map((t) => ({
  code: t.code as DocumentTypeCode,
  name: t.name,
  pattern: new RegExp(
    `^${fold(t.name)
      .replace(/ /g, '\\s+')
      .replace(/([aeiouy])/, '\\S?')}$`,
  ),
}));

const MAX_TITLE_SEARCH = 20;

/** The title is a short paragraph in capitals that is a document type word ("KẾ HOẠCH"). */
export function findTitle(w: WorkingText): { title: Title; index: number } | null {
  const limit = Math.min(w.paragraphs.length, MAX_TITLE_SEARCH);
  for (let index = 0; index < limit; index++) {
    const [start, end] = w.paragraphs[index]!;
    const raw = w.text.slice(start, end);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    if (letters.length === 0 || letters !== letters.toUpperCase() || raw.length > 40) continue;
    const folded = w.folded.slice(start, end).trim().replace(/[:.]$/, '');
    const hit = TYPE_PATTERNS.find((t) => t.pattern.test(folded));
    if (hit) {
      const range: Range = [start, end];
      return { title: { range, typeCode: hit.code, typeName: hit.name }, index };
    }
  }
  return null;
}
