/**
 * Citation hygiene (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a–b; Luật Ban hành VBQPPL, Điều 10;
 * Hướng dẫn 36-HD/VPTW): a cited document has its number and a real date, is not dated after the plan,
 * writes its symbol without spaces and in the shape of its system (state "33/CT-TTg", Party "23-QĐ/TW");
 * a Luật or Pháp lệnh is cited by name only.
 */
import { citationTypes, symbolIssuers } from '@soat/rules/pack';
import { FULL_STOP, fold, type WorkingText } from '../text';
import { symbolKey, type Citation } from './citations';
import { isoDate, matchAt, spansLineBreak, symbolCodes } from './format-common';
import type { Match } from './match';
import { remember } from './memo';
import type { PlanPeriod } from './plan-period';
import type { Range } from '../types';

const isLaw = (c: Citation) => c.type === 'L' || c.type === 'PL';
const SO_THEN_DIGIT = /^\s+s\S?\.?\s*(\d+)/;
const NAME_DATE = /\bngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{4}/;
const citationDate = (c: Citation) => (c.date ? isoDate(c.date.year, c.date.month, c.date.day) : null);

/** "Nghị định số ngày 09/01/2015": the word "số" with no number after it. */
export function citationNoNumber(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations
    .filter(
      (c) =>
        !isLaw(c) && !c.symbol && !c.name && c.date && !SO_THEN_DIGIT.test(w.folded.slice(c.typeRange[1], c.range[1])),
    )
    .map((c) => matchAt(w, c.range));
}

export function citationInvalidDate(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations.filter((c) => c.date && c.dateRange && !citationDate(c)).map((c) => matchAt(w, c.dateRange!));
}

/** The year a normative symbol carries ("219/2013/TT-BTC" → 2013). */
const SYMBOL_YEAR = /^\s*\d+\s*\/\s*((?:19|20)\d{2})\s*\//;

/** The year in a citation's symbol when its real date is of another year (a slip of the year in one of them). */
function yearSlip(c: Citation): string | undefined {
  const year = c.symbol ? SYMBOL_YEAR.exec(c.symbol)?.[1] : undefined;
  return year !== undefined && c.date && c.dateRange && citationDate(c) && c.date.year !== Number(year)
    ? year
    : undefined;
}

/**
 * One document cited with two dates ("Quyết định số 1050/QĐ-SCT ngày 06/3/2026" in the opening, "… ngày 06/3/2025"
 * further on): the date that most citations of the symbol give (the first on a tie) is taken as right, and each other
 * citation is returned with it. Only where the two dates surely name one document: the same year (another day or
 * month), or the same day and month of another year (a slip of the year). Numbers restart each year, so "12/KH-UBND
 * ngày 09/01/2025" and "12/KH-UBND ngày 15/01/2026" may be two plans and are left alone.
 */
function contradictedDates(citations: readonly Citation[]): ReadonlyMap<Citation, string> {
  // Asked by three checks (dates, years, order) of the same list: read once.
  return remember(contradicted, citations, () => readContradictedDates(citations));
}
const contradicted = new WeakMap<readonly Citation[], ReadonlyMap<Citation, string>>();

function readContradictedDates(citations: readonly Citation[]): ReadonlyMap<Citation, string> {
  const bySymbol = new Map<string, Citation[]>();
  for (const c of citations) {
    if (!c.symbol || !c.dateRange || !citationDate(c)) continue;
    const key = symbolKey(c.symbol);
    bySymbol.set(key, [...(bySymbol.get(key) ?? []), c]);
  }
  const out = new Map<Citation, string>();
  for (const group of bySymbol.values()) {
    const counts = new Map<string, number>();
    for (const c of group) counts.set(citationDate(c)!, (counts.get(citationDate(c)!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const right = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    for (const c of group) {
      const date = citationDate(c)!;
      if (date !== right && sameDocumentDates(date, right)) out.set(c, right);
    }
  }
  return out;
}

/**
 * "Thông tư số 219/2013/TT-BTC ngày 31/12/2023": the year in the symbol is the year the document was issued, and the
 * date given is of another year. A date the text gives otherwise elsewhere is reported by citationDateMismatch alone.
 */
export function citationYearMismatch(w: WorkingText, citations: readonly Citation[]): Match[] {
  const contradicted = contradictedDates(citations);
  return citations.flatMap((c) => {
    const expected = contradicted.has(c) ? undefined : yearSlip(c);
    return expected ? [{ ...matchAt(w, c.dateRange!), data: { expected } }] : [];
  });
}

/** A citation's date that another citation of the same document contradicts, with the date taken as right. */
export function citationDateMismatch(w: WorkingText, citations: readonly Citation[]): Match[] {
  return [...contradictedDates(citations)]
    .map(([c, right]) => {
      const [year, month, day] = right.split('-').map(Number);
      return { ...matchAt(w, c.dateRange!), data: { expected: `${day}/${month}/${year}` } };
    })
    .sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether two ISO dates differ only where one document's date is miswritten: within the year, or in the year only. */
const sameDocumentDates = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4) || a.slice(4) === b.slice(4);

/** "Pháp lệnh số 04": a Luật or Pháp lệnh given a bare number (a full symbol such as 83/2025/QH15 identifies it). */
export function lawCitedByNumber(w: WorkingText, citations: readonly Citation[]): Match[] {
  const out: Match[] = [];
  for (const c of citations) {
    if (!isLaw(c) || c.symbolRange) continue;
    const number = SO_THEN_DIGIT.exec(w.folded.slice(c.typeRange[1], c.typeRange[1] + 20));
    if (number) out.push(matchAt(w, [c.range[0], c.typeRange[1] + number[0].length]));
  }
  return out;
}

/** A law's entry into force stated as such ("có hiệu lực thi hành từ ngày …"). */
const IN_EFFECT = /\bhieu\s+luc\b/;

/**
 * "Luật Thực hiện dân chủ ở cơ sở ngày 01/7/2023": a Luật dated 1 January or 1 July. The Quốc hội does not sit
 * on those days, which are when laws take effect: the date given is the entry into force, not the adoption.
 */
export function lawCitedByDate(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations
    .filter((c) => {
      if (!isLaw(c) || !c.name) return false;
      // A sentence that says when the law takes effect ("… có hiệu lực thi hành từ ngày 01/7/2026") gives that date as such.
      if (IN_EFFECT.test(w.folded.slice(...c.range))) return false;
      // A name read on over another document cited after it: the date is that one's ("thi hành Luật Ban hành văn bản
      // quy phạm pháp luật và Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025", Đà Nẵng's Quyết định 81).
      if (citations.some((o) => o.range[0] > c.range[0] && o.range[0] < c.range[1])) return false;
      // Without diacritics the name runs on over an unaccented "ngay …": read the date inside it too.
      const date = c.date ?? dateIn(w.folded.slice(...c.range));
      return date !== null && date.day === 1 && (date.month === 1 || date.month === 7);
    })
    .map((c) => matchAt(w, c.range));
}

function dateIn(folded: string): { day: number; month: number } | null {
  const m = NAME_DATE.exec(folded);
  return m ? { day: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * A cited document dated after the plan itself (the plan cannot implement a later document). A date already reported
 * as miswritten — of another year than its symbol's, or given otherwise elsewhere in the text — is that one slip, not
 * a second finding.
 */
export function citationAfterPlan(w: WorkingText, citations: readonly Citation[], period: PlanPeriod | null): Match[] {
  if (!period?.dated) return [];
  const contradicted = contradictedDates(citations);
  return citations
    .filter((c) => {
      // A Luật is cited by name; a date after its name belongs to the sentence ("… chậm nhất là ngày …").
      const date = isLaw(c) ? null : citationDate(c);
      return date !== null && date > period.latest && !contradicted.has(c) && yearSlip(c) === undefined;
    })
    .map((c) => matchAt(w, c.range));
}

/** "23- QĐ/TW": spaces inside a symbol (a line wrap joined by normalisation is not the drafter's). */
export function symbolSpaces(w: WorkingText, citations: readonly Citation[]): Match[] {
  const out: Match[] = [];
  for (const c of citations) {
    if (!c.symbol || !c.symbolRange || !/\s/.test(c.symbol) || spansLineBreak(w, c.symbolRange)) continue;
    out.push(matchAt(w, c.symbolRange, { range: c.symbolRange, text: c.symbol.replace(/\s+/g, '') }));
  }
  return out;
}

/**
 * A normative symbol's type and issuer run together ("25/2023/TTBKHĐT", "118/2025/NĐCP"): the law writes them
 * number/year/TYPE-ISSUER (Luật Ban hành văn bản quy phạm pháp luật, Điều 10); only the Quốc hội's and its Standing
 * Committee's ("83/2025/QH15", "101/2025/UBTVQH15") have no dash. The type's code, as written, then the issuer's.
 */
const TYPE_THEN_ISSUER = /^\d[\d.]*\/(?:19|20)\d{2}\/(TTLT|NQLT|TT|NĐ|QĐ|NQ|CT)(\p{Lu}[\p{L}\d]*)$/u;

/** "Thông tư số 25/2023/TTBKHĐT": the dash between the type's code and the issuer's is missing; the fix writes it. */
export function symbolWithoutDash(w: WorkingText, citations: readonly Citation[]): Match[] {
  const out: Match[] = [];
  for (const c of citations) {
    if (c.shape !== 'normative' || !c.symbolRange) continue;
    const m = TYPE_THEN_ISSUER.exec(w.text.slice(...c.symbolRange));
    if (!m || /^(?:QH|UBTVQH)\d/.test(m[1]! + m[2]!)) continue;
    const at = c.symbolRange[1] - m[2]!.length;
    out.push(matchAt(w, c.symbolRange, { range: [at, at], text: '-' }));
  }
  return out;
}

const PARTY_ISSUERS = new Set(symbolIssuers.partyIssuers.map(fold));
const STATE_ISSUERS = new Set(symbolIssuers.stateIssuers.map(fold));
const ISSUER = /([a-z]+)\d*\s*$/;

/** A Party issuer in the state shape ("55/NQ-TU") or a state issuer in the Party shape ("33-CT/TTg"). */
export function symbolShapeMixed(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations
    .filter((c) => c.symbol && c.symbolRange && c.shape && c.shape !== 'normative' && isMixedShape(c.symbol, c.shape))
    .map((c) => matchAt(w, c.symbolRange!));
}

/** The issuer's code that ends a symbol, folded: "5110/KH-UBND" → "ubnd", "56-KH/ĐU" → "du". */
const issuerCode = (symbol: string) => ISSUER.exec(fold(symbol))?.[1] ?? null;

/** Whether a symbol's issuer belongs to the other system than its shape ("33-CT/TTg", "55/NQ-TU"). */
export function isMixedShape(symbol: string, shape: 'state' | 'party'): boolean {
  const issuer = issuerCode(symbol) ?? '';
  return shape === 'state' ? PARTY_ISSUERS.has(issuer) : STATE_ISSUERS.has(issuer);
}

const KNOWN_ISSUERS = [...symbolIssuers.partyIssuers, ...symbolIssuers.stateIssuers];
const KNOWN_WRITTEN = new Set(KNOWN_ISSUERS);
/** The issuer's code as written at the end of a symbol, and where it starts in it: "866/QĐ-Tg" → "Tg". */
const WRITTEN_ISSUER = /(\p{L}+)\d*\s*$/u;
const sortedLetters = (code: string) => [...fold(code)].sort().join('');

/**
 * The known issuer code a written one misspells, or null: only the case wrong where the writer used a small letter
 * ("Ubnd"), a letter of a known mixed-case code left out ("Tg" for TTg), or the letters of a known code of four or
 * more in another order ("UNBD" for UBND). A code that is itself known, all in capitals ("TTG" in an upper-case
 * heading) or merely unknown (a Sở's "SNNMT", a company's "Cty") is left alone.
 */
export function misspeltIssuer(written: string): string | null {
  if (KNOWN_WRITTEN.has(written)) return null;
  const hasSmall = written !== written.toUpperCase();
  const folded = fold(written);
  for (const known of KNOWN_ISSUERS) {
    const k = fold(known);
    if (hasSmall && (k === folded || (known !== known.toUpperCase() && dropsOneLetter(k, folded)))) return known;
    if (k.length >= 4 && k !== folded && sortedLetters(known) === sortedLetters(written)) return known;
  }
  return null;
}

/** Whether `short` is `long` with exactly one letter left out. */
function dropsOneLetter(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** "866/QĐ-Tg", "05/2025/QĐ-UNBD": a cited symbol whose issuer code misspells a known one (fix: the known code). */
export function symbolIssuerMisspelt(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations.flatMap((c) => (c.symbolRange ? issuerMisspeltIn(w, c.symbolRange) : []));
}

/** The issuer code ending the symbol at `symbol` when it misspells a known one (fix: the known code). */
export function issuerMisspeltIn(w: WorkingText, symbol: Range): Match[] {
  const m = WRITTEN_ISSUER.exec(w.text.slice(...symbol));
  const known = m ? misspeltIssuer(m[1]!) : null;
  if (!m || !known) return [];
  const start = symbol[0] + m.index;
  const range: Range = [start, start + m[1]!.length];
  return [{ ...matchAt(w, range, { range, text: known }), data: { expected: known } }];
}

/** "Nghị quyết 57-NQ/TW": the word "số" is missing between the type and the symbol. */
export function citationWithoutSo(w: WorkingText, citations: readonly Citation[]): Match[] {
  return citations
    .filter((c) => c.symbolRange && !isLaw(c) && /^\s*$/.test(w.text.slice(c.typeRange[1], c.symbolRange[0])))
    .map((c) =>
      matchAt(w, [c.range[0], c.symbolRange![1]], { range: [c.typeRange[1], c.symbolRange![0]], text: ' số ' }),
    );
}

/**
 * After a citation: its issuer, "… của Chính phủ" (maybe after a team's number: "325/KL-STP.ĐKT 556 của Đoàn Kiểm
 * tra 556", or a date the citation could not read: "ngày ngày 08/6/2010 của …", "12 tháng 4 năm 2022 của …" without
 * "ngày", "ngày 27 năm 12 năm 2019 của …"), or a capitalised issuer after a comma ("…, Hội nghị Trung ương").
 */
const ISSUER_AFTER =
  /^\s*(?:\d{1,4}\s+|(?:ngay\s+)*\d{1,2}(?:\s*(?:thang|n\S{1,2}m|[/.-])\s*\d{1,5}){1,3}\s+)?,?\s*c\S{0,2}a\s+\S/;
/** How far after a citation its issuer is looked for: a number or an unread date, then "của". */
const ISSUER_AFTER_REACH = 44;
const CAPITALISED_AFTER = /^\s*,\s*\p{Lu}/u;
/** Before a citation, in the same clause: its issuer ("của UBND tỉnh giao tại …", "Tỉnh ủy ban hành …"), or an amendment. */
const ISSUER_BEFORE = /\bc\S{0,2}a\s+\S|\bban\s+hanh\b|\bsua\s+doi\b/;
/**
 * The issuer as the agent of an approval or a grant just before the citation: "… đã được Thủ tướng Chính phủ phê
 * duyệt tại …", "chứng chỉ … do Cục Quản lý hoạt động xây dựng - Bộ Xây dựng cấp kèm theo …"; or as the subject that
 * has it (SUBJECT_HAS), or that proposes at it (PROPOSED_AT).
 */
const AGENT_BEFORE =
  /\b(?:duoc|do)\s+(\S)[^,;:.\n]{0,60}?\s(?:phe\s+duyet|chap\s+thuan|quyet\s+dinh|cap)\s+(?:tai|(?:kem\s+)?theo)\s*$/d;
/** A body as the subject that has or sent the document: "Bộ Y tế có Công văn số …", "Sở Tài chính đã gửi Văn bản số …". */
const SUBJECT_HAS = /\p{Lu}\p{Ll}*(?:\s+\S+){0,8}?\s+(?:đã\s+)?(?:có|gửi)\s*$/u;
/**
 * A body proposing or directing at the document it wrote: "Xét đề nghị Sở Tài chính tại các Công văn số …" (TP.HCM,
 * sweep J), "UBND tỉnh chỉ đạo tại Công văn số …" (Gia Lai, sweep N).
 */
const PROPOSED_AT =
  /(?:(?<!\p{L})đề nghị\s+\p{Lu}\p{Ll}*(?:\s+\S+){0,8}?|\p{Lu}\S*(?:\s+\S+){0,8}?\s+(?:đã\s+)?(?:chỉ đạo|hướng dẫn|yêu cầu|đề nghị|kết luận))\s+tại(?:\s+các)?\s*$/u;
/** A list of documents its sentence says someone issued: "… Sở Nông nghiệp và Môi trường đã ban hành nhiều văn bản … như: …". */
const ISSUED_LIST = /\bban\s+hanh\b[^.\n]*\b(?:nhu|gom|sau)\s*:[^.\n]*$/;
/**
 * An enterprise as the subject of the clause that cites ("Công ty đã huấn luyện … theo quyết định số 08.12/QĐML-VNS"):
 * with an issuer code no State or Party body uses, the document is the subject's own.
 */
const ENTERPRISE_SUBJECT = /^\s*(?:cong ty|doanh nghiep|chi nhanh|hop tac xa|nha may|co so)\b/;
/** What may join two citations that share the issuer named after the second ("… ngày 26/9/2025 và Nghị quyết …"). */
const JOINER = /^\s*(?:,|;|va\b)?\s*$/;
const CLAUSE_BREAKS = '.;:\n(';

/** How far the clause after a citation is read for its issuer, after its trích yếu. */
const CLAUSE_REACH = 300;
/** "của" and up to a dozen words after it (a body's name), up to punctuation. */
const OF_NAME = /\bcủa\s+([\p{L}\s]{2,120})/gu;
const NAME_WORDS = 12;
/** A symbol's type ("KH", "NQ"), which names no issuer. */
const TYPE_CODES = new Set(citationTypes.types.map((t) => fold(t.code)));

/** A name's initials, folded, as a symbol's code gives them ("Sở Giáo dục và Đào tạo" → "sgddt"; "và" has none). */
const initialsOf = (name: string) =>
  fold(name)
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'va')
    .slice(0, NAME_WORDS)
    .map((word) => word[0])
    .join('');

/**
 * The issuer named after the trích yếu, in the citation's clause: "Công văn số 1910/SGDĐT-GDTH ngày 24 tháng 4 năm 2023
 * về hướng dẫn … của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh" (a TP.HCM letter of 2025, unseen sweep J) — a body
 * after "của" whose initials begin with a code of the symbol ("SGDĐT"), so that a body the trích yếu names ("… về thực
 * hiện Kết luận của Bộ Chính trị") is not taken for the issuer.
 */
function issuerAfterSummary(w: WorkingText, c: Citation, next: number | undefined): boolean {
  const codes = ((fold(c.symbol ?? '').split('/')[1] ?? '').match(/[a-z]{2,}/g) ?? []).filter(
    (code) => !TYPE_CODES.has(code),
  );
  if (codes.length === 0) return false;
  const rest = w.text.slice(c.range[1], Math.min(next ?? Infinity, c.range[1] + CLAUSE_REACH));
  const end = w.folded.slice(c.range[1], c.range[1] + rest.length).search(new RegExp(`;|${FULL_STOP}`));
  const clause = end < 0 ? rest : rest.slice(0, end);
  return [...clause.matchAll(OF_NAME)].some((m) => {
    const initials = initialsOf(m[1]!);
    return codes.some((code) => initials.startsWith(code));
  });
}

/** The end of a text since its last clause break. */
function lastClause(text: string): string {
  let cut = -1;
  for (const ch of CLAUSE_BREAKS) cut = Math.max(cut, text.lastIndexOf(ch));
  return text.slice(cut + 1);
}

/**
 * The first citation of a document that does not name its issuer (Phụ lục I, mục II.6.b: the first citation gives
 * type, number, date, issuer and trích yếu). Not asked of a Luật or Pháp lệnh (cited by name), of the document's
 * own number, of an amendment ("sửa đổi, bổ sung theo Nghị quyết số …"), nor when the issuer is named before the
 * citation or after the next citation of a list.
 */
export function citationNoIssuer(
  w: WorkingText,
  citations: readonly Citation[],
  ownNumber: Range | null,
  issuingBody: readonly Range[],
): Match[] {
  const seen = new Set<string>();
  const out: Match[] = [];
  const named = namesIssuer(w, citations);
  const own = new Set(ownNumber ? symbolCodes(w.text.slice(...ownNumber)) : []);
  citations.forEach((c, i) => {
    if (isLaw(c) || !c.symbol) return;
    if (ownNumber && c.range[0] < ownNumber[1] && c.range[1] > ownNumber[0]) return;
    // Part of the issuing body's name ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"), under its issuer's name.
    if (issuingBody.some((r) => c.range[0] < r[1] && c.range[1] > r[0])) return;
    // The body's own documents ("Kế hoạch số 5110/KH-UBND" in a report numbered "…/BC-UBND", "Kế hoạch số
    // 2242/KH-SCT" in a letter numbered "…/SCT-CN"): their symbol names it.
    const code = issuerCode(c.symbol);
    if (code && own.has(code)) return;
    const key = symbolKey(c.symbol);
    if (seen.has(key)) return;
    seen.add(key);
    if (!named[i]) out.push(matchAt(w, c.range));
  });
  return out;
}

/** The clause's subject is an enterprise, and the symbol's issuer is none of the known State or Party codes. */
function ownDocumentOfSubject(w: WorkingText, c: Citation): boolean {
  const code = c.symbol ? issuerCode(c.symbol) : null;
  return (
    code !== null &&
    !STATE_ISSUERS.has(code) &&
    !PARTY_ISSUERS.has(code) &&
    ENTERPRISE_SUBJECT.test(lastClause(w.folded.slice(Math.max(0, c.range[0] - 200), c.range[0])))
  );
}

/**
 * Whether each citation names its issuer, itself or through the citations that follow it in a list. Computed
 * from the last citation back, once each: a list of thousands of citations is linear (no recursion, no stack).
 */
function namesIssuer(w: WorkingText, citations: readonly Citation[]): boolean[] {
  const named: boolean[] = [];
  // Named before it: then so is each citation of the same issuer's code the list goes on with ("… của Thủ tướng Chính
  // phủ, đặc biệt là các Công điện số 215/CĐ-TTg ngày …, Công điện số 225/CĐ-TTg ngày … và Công điện số 227/CĐ-TTg").
  const before = citations.map(
    ({ range: [start] }) =>
      ISSUER_BEFORE.test(lastClause(w.folded.slice(Math.max(0, start - 60), start))) || agentBefore(w, start),
  );
  const joined = (i: number) => JOINER.test(w.folded.slice(citations[i]!.range[1], citations[i + 1]!.range[0]));
  const code = (c: Citation) => (c.symbol ? issuerCode(c.symbol) : null);
  for (let i = 1; i < citations.length; i++)
    before[i] ||=
      before[i - 1]! &&
      joined(i - 1) &&
      code(citations[i]!) !== null &&
      code(citations[i]!) === code(citations[i - 1]!);
  for (let i = citations.length - 1; i >= 0; i--) {
    const c = citations[i]!;
    const [start, end] = c.range;
    named[i] =
      Boolean(c.issuer) ||
      ISSUER_AFTER.test(w.folded.slice(end, end + ISSUER_AFTER_REACH)) ||
      CAPITALISED_AFTER.test(w.text.slice(end, end + 6)) ||
      before[i]! ||
      ownDocumentOfSubject(w, c) ||
      issuerAfterSummary(w, c, citations[i + 1]?.range[0]) ||
      ISSUED_LIST.test(w.folded.slice(Math.max(0, start - 600), start)) ||
      LISTED_UNDER.test(w.folded.slice(Math.max(0, start - 600), start)) ||
      (i + 1 < citations.length && named[i + 1] === true && joined(i));
  }
  return named;
}

/** AGENT_BEFORE, the agent being a name (a capital: "được Thủ tướng Chính phủ", not "được điều chỉnh, phê duyệt"). */
function agentBefore(w: WorkingText, start: number): boolean {
  const from = Math.max(0, start - 100);
  const m = AGENT_BEFORE.exec(w.folded.slice(from, start));
  return (
    (m !== null && /\p{Lu}/u.test(w.text[from + m.indices![1]![0]]!)) ||
    [SUBJECT_HAS, PROPOSED_AT].some((pattern) => pattern.test(lastClause(w.text.slice(Math.max(0, start - 80), start))))
  );
}

/** The openers, folded; "giao" (assigning) is no "Giáo" of a name folded alike ("của Sở Giáo dục và Đào tạo"). */
const SUBJECT_OPENERS = citationTypes.subjectOpeners
  .map((o) => fold(o).replace(/ /g, '\\s+'))
  .map((o) => (o === 'giao' ? String.raw`giao(?!\s+duc\b)` : o))
  .join('|');
/** A trích yếu after a citation: an opener ("về …", "ban hành …") or a quoted title. */
const SUBJECT = new RegExp(`["“”«]|\\b(?:${SUBJECT_OPENERS})\\b`);
/** The same right after a comma: "…, ngày 12/10/2025 của Bộ Nội vụ, Hướng dẫn nghiệp vụ …". */
const SUBJECT_AFTER_COMMA = new RegExp(`^,\\s*(?:["“”«]|(?:${SUBJECT_OPENERS})\\b)`);
/** The issuer after a citation; a trích yếu after it needs an opener, its end not being known. */
const ISSUER_FIRST = /^\s*c\S{0,2}a\b/;
/**
 * A clause's end: ",", ";", a full stop (not the comma of a joint title, "Bộ trưởng, Chủ nhiệm …", nor of a body's
 * name, "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thông tin, Thể thao và Du lịch"; not the dot of "TP. Hồ Chí
 * Minh"), or a new basis line.
 */
const CLAUSE_END = new RegExp(
  String.raw`(?<!\bbo truong|\bvan hoa|\bthong tin),|;|${FULL_STOP}|\n(?=\s*(?:[-+•]|[ivx]+\.|\d+\.|[a-z]\)|can cu|thuc hien|trien khai|quan triet))`,
);
/**
 * A basis or implemented document: its sentence opens with a lead and a citation ("Thực hiện Chỉ thị …"), and it
 * follows the lead or a ";" of that list.
 */
const LEAD = '(?:thuc hien|trien khai|can cu|quan triet)';
const TYPE_WORDS = citationTypes.types.map((t) => fold(t.name).replace(/ /g, '\\s+')).join('|');
const LED_SENTENCE = new RegExp(String.raw`^\s*[-+•]?\s*${LEAD}\s+(?:${TYPE_WORDS})\b`);
const RIGHT_AFTER_LEAD = new RegExp(String.raw`(?:^|;)\s*[-+•]?\s*(?:${LEAD}\s*)?$`);
/**
 * A list of documents of one issuer, the issuer named where the list is introduced: "Căn cứ các Nghị định của Chính phủ
 * quy định chi tiết …, bao gồm: Nghị định số 06/2021/NĐ-CP …, Nghị định số 35/2023/NĐ-CP …", "Căn cứ các Nghị định của
 * Chính phủ: Nghị định số 88/2024/NĐ-CP …" — over wrapped lines, up to the next basis.
 */
const LISTED_UNDER = new RegExp(
  String.raw`\bcac\s+(?:${TYPE_WORDS})\s+c\S{0,2}a\s+(?:(?!${LEAD}\b)[^.:;])*?(?:\b(?:gom|sau)\s*)?:(?:(?!${LEAD}\b)[^.:])*$`,
);

/**
 * The first citation of a document without its trích yếu (Phụ lục I, mục II.6.b): "Thực hiện Chỉ thị số 45-CT/TW
 * ngày 14/4/2025 của Bộ Chính trị, Ủy ban nhân dân xã …". Asked of a document given as a basis or as the one
 * implemented: right after "Căn cứ", "Thực hiện", "Triển khai", "Quán triệt" opening a sentence, or after a ";" of
 * such a list; not of a provision ("khoản 3 Điều 14 Nghị định số …"), a passing reference ("… theo Quyết định số …")
 * or a document named inside another's trích yếu; not of a Luật or Pháp lệnh (cited by name), of the document's own
 * number, nor of a basis already reported without its trích yếu (`reported`: preamble-format's noSummary).
 */
export function citationNoSubject(
  w: WorkingText,
  citations: readonly Citation[],
  ownNumber: Range | null,
  reported: readonly Match[],
): Match[] {
  const seen = new Set<string>();
  const out: Match[] = [];
  let previousLed = false;
  citations.forEach((c, i) => {
    const previous = citations[i - 1];
    const led = isLed(w, c.range[0]) || (previousLed && previous !== undefined && joinedBasis(w, previous, c));
    previousLed = led;
    if (isLaw(c) || !c.symbol) return;
    if (ownNumber && c.range[0] < ownNumber[1] && c.range[1] > ownNumber[0]) return;
    const key = symbolKey(c.symbol);
    if (seen.has(key)) return;
    seen.add(key);
    if (reported.some((r) => r.range[0] <= c.range[0] && c.range[0] < r.range[1])) return;
    const next = citations[i + 1];
    if (led && !hasSubject(w, c.range[1], next?.range[0]) && !sharedSubject(w, c, next, citations[i + 2])) {
      out.push(matchAt(w, c.range));
    }
  });
  return out;
}

/**
 * Two documents of one type joined by "và" under the one trích yếu given after the second: "Thực hiện Kế hoạch số
 * 14-KH/TU … của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND … của UBND tỉnh thực hiện Nghị quyết số 66-NQ/TW …"
 * (Bắc Ninh's Kế hoạch 141/KH-UBND, 2025). Documents of two types ("Kế hoạch … và Hướng dẫn … về …") each need theirs.
 */
function sharedSubject(
  w: WorkingText,
  c: Citation,
  next: Citation | undefined,
  afterNext: Citation | undefined,
): boolean {
  return (
    next !== undefined &&
    next.type === c.type &&
    joinedBasis(w, c, next) &&
    hasSubject(w, next.range[1], afterNext?.range[0])
  );
}

/** Between two bases joined by "và": the first one's issuer alone, then "và" ("… của Ban Thường vụ Đảng ủy xã và Hướng dẫn số …"). */
const JOINED_BY_VA = /^\s*c\S{0,2}a\b[^;.\n]*\sva\s*$/;

/**
 * A citation joined by "và" to a led one whose clause holds its issuer alone is a basis too ("Thực hiện Kế hoạch
 * số 56-KH/ĐU … của Ban Thường vụ Đảng ủy xã và Hướng dẫn số 03/HD-MTTQ-BTT …"). After a trích yếu, "và" may
 * join documents named inside it ("… về thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết số 66-NQ/TW"): not led.
 */
function joinedBasis(w: WorkingText, previous: Citation, c: Citation): boolean {
  const between = w.folded.slice(previous.range[1], c.range[0]);
  return JOINED_BY_VA.test(between) && !SUBJECT.test(between);
}

/** Whether the citation at `start` is led (LED_SENTENCE, RIGHT_AFTER_LEAD); a sentence is read back 600 characters at most. */
function isLed(w: WorkingText, start: number): boolean {
  const before = w.folded.slice(Math.max(0, start - 600), start);
  // The sentence starts after the last ".", ":" or line end.
  const sentence = before.slice(
    Math.max(before.lastIndexOf('.'), before.lastIndexOf(':'), before.lastIndexOf('\n')) + 1,
  );
  return RIGHT_AFTER_LEAD.test(sentence) && LED_SENTENCE.test(sentence + w.folded.slice(start, start + 20));
}

/**
 * Whether the clause after a citation (to CLAUSE_END or the next citation) gives a trích yếu: an opener or a quoted
 * title anywhere in it or right after its comma, or any words at all when it does not begin with the issuer
 * ("Kế hoạch số 3664/KH-UBND ngày 20/3/2026 cải cách hành chính …").
 */
function hasSubject(w: WorkingText, from: number, nextCitation: number | undefined): boolean {
  const text = w.folded.slice(from, Math.min(nextCitation ?? Infinity, from + 200)).replace(/^\s*,/, ' ');
  const end = text.search(CLAUSE_END);
  const clause = end < 0 ? text : text.slice(0, end);
  if (SUBJECT.test(clause) || (end >= 0 && SUBJECT_AFTER_COMMA.test(text.slice(end)))) return true;
  return !ISSUER_FIRST.test(clause) && /[a-z]/.test(clause);
}

/** How far after a citation its trích yếu is looked for: the issuer, then the opener. */
const SUMMARY_OPENER_REACH = 80;
/** How long a cited document's trích yếu is read, at most. */
const SUMMARY_REACH = 300;
/** A cited trích yếu's end: ";", ".", or a list's new item (its titles hold commas: "quản lý, sử dụng và khai thác"). */
const SUMMARY_END = /[;.]|\n(?=\s*(?:[-+•]|[ivx]+\.|\d+\.|[a-z]\)))/;

/**
 * The trích yếu a citation is given with, from its opener to the end of its clause ("Nghị định số 178/2026/NĐ-CP
 * ngày 20 tháng 5 năm 2026 của Chính phủ | quy định việc quản lý, sử dụng và khai thác tài sản kết cấu hạ tầng do Nhà
 * nước đầu tư, quản lý |; Công văn …"), or null when it is given without one.
 */
export function citedSummary(w: WorkingText, c: Citation, nextCitation: number | undefined): Range | null {
  const from = c.range[1];
  const text = w.folded.slice(from, Math.min(nextCitation ?? Infinity, from + SUMMARY_REACH));
  const opener = SUBJECT.exec(text);
  if (!opener || opener.index > SUMMARY_OPENER_REACH || /[;.]/.test(text.slice(0, opener.index))) return null;
  const rest = text.slice(opener.index);
  const end = rest.search(SUMMARY_END);
  return [from + opener.index, from + opener.index + (end < 0 ? rest.length : end)];
}

/**
 * Words that open a basis other than a law: the citation types (packages/rules/data/citation-types.json) and the
 * other papers a "Căn cứ" names ("Bộ luật", "Biên bản", "Hợp đồng", "Điều 5", "Ý kiến …"), folded.
 */
const BASIS_OPENERS = new RegExp(
  `^(?:${TYPE_WORDS}|bo luat|van ban|bien ban|to trinh|bao cao|hop dong|giay|don|ho so|phieu|y kien|de nghi|ket qua|quy che|dieu le|dieu|khoan|muc|phu luc|cong dien|lenh|sac lenh|thong tu lien tich|nghi quyet lien tich)\\b`,
);
/** "Căn cứ <name> ngày 29/6/2024" or "… ngày 29 tháng 6 năm 2024;", folded: the name, then the date. */
const BASIS_BY_NAME =
  /^can cu\s+([^;\n]{10,200}?)\s+ngay\s+\d{1,2}(?:\s*\/\s*\d{1,2}\s*\/\s*|\s+thang\s+\d{1,2}\s+nam\s+)\d{4}\s*[;.,]?\s*$/;

/**
 * "Căn cứ Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024;": a basis line that names a document
 * by a capitalised title and its date but gives no type ("Luật" left out). A name with a number, an issuer ("… của"),
 * or opening with a type or another paper's word is not reported.
 */
export function basisWithoutType(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const [start, end] of w.paragraphs) {
    const m = BASIS_BY_NAME.exec(w.folded.slice(start, end));
    if (!m) continue;
    const name = m[1]!;
    const at = start + m.index + m[0].indexOf(name, 6);
    const first = w.text[at]!;
    if (first === first.toLowerCase() || BASIS_OPENERS.test(name) || /\d|\b(?:cua|so)\b/.test(name)) continue;
    out.push(matchAt(w, [at, at + name.length]));
  }
  return out;
}
