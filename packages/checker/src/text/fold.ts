/**
 * Diacritic folding for matching: đ→d, tone and vowel marks stripped, lower case, dashes unified.
 * The folded text has exactly the same length as its input (one unit per unit), so offsets are shared.
 */
const cache = new Map<number, string>();

function foldUnit(code: number): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  let out: string;
  if (code === 0x0110 || code === 0x0111) out = 'd';
  else if (code >= 0x2010 && code <= 0x2015) out = '-';
  else if (code >= 0xd800 && code <= 0xdfff) out = String.fromCharCode(code);
  else {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    out = base.length === 1 ? base : String.fromCharCode(code);
  }
  cache.set(code, out);
  return out;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charCodeAt(i));
  return out;
}
