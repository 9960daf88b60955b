/**
 * The send-back text of a document (always Vietnamese), for the reply letter: the HTML report shows it with a
 * copy button and the letters (report/letters.ts) put it in a Công văn. Pure.
 */
import {
  describeLocation,
  isAbsence,
  isDocumentWide,
  isRequirementOf,
  shownDate,
  WHOLE_DOCUMENT,
  type ReportEntry,
} from './model';
import { outcomeOf } from './outcome';
import { renderMessage } from '../render';

/** The Vietnamese name of the document for the reply letter: "Kế hoạch số 73/KH-UBND ngày 09/3/2026 của UBND xã …". */
function documentName(entry: ReportEntry): string {
  const file = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  if (entry.kind === 'unreadable') return `Tệp "${file}"`;
  const parts = [entry.documentTypeName ? capitalise(entry.documentTypeName) : 'Văn bản'];
  if (entry.plan.number) parts.push(`số ${entry.plan.number}`);
  const date = shownDate(entry.plan.date, 'vi');
  if (date) parts.push(`ngày ${date}`);
  if (entry.plan.issuer) parts.push(`của ${entry.plan.issuer}`);
  parts.push(`(tệp "${file}")`);
  return parts.join(' ');
}

function capitalise(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The text a reviewer pastes into the reply letter (always Vietnamese): what must be corrected, each
 * point once with where it occurs, then what should be looked at. Null for a document that passes.
 */
export function sendBackText(entry: ReportEntry): string | null {
  if (entry.kind === 'unreadable') {
    // The reader's first sentence says what is wrong; what follows is advice to the reviewer, not the sender.
    const reason = entry.messageVi.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
    return `${documentName(entry)} không đọc được: ${reason}. Đề nghị gửi lại bản điện tử của văn bản (định dạng .docx, .doc, .pdf có lớp chữ hoặc .txt).`;
  }
  if (entry.verdict === 'pass') return null;
  const must = new Map<string, string[]>();
  const should = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, message: string, where: string | null): void => {
    const places = into.get(message) ?? [];
    if (where) places.push(where);
    into.set(message, places);
  };
  for (const f of entry.findings) {
    // An unmet requirement is about the whole document, and a part the document lacks has no place: their anchors
    // are no place to correct. Nor is the anchor of a message about the whole document (the page setup), which says so.
    const where =
      isRequirementOf(entry, f.ruleId) || isAbsence(f)
        ? null
        : isDocumentWide(f)
          ? WHOLE_DOCUMENT
          : describeLocation(f, 'vi');
    if (f.severity === 'error') add(must, renderMessage(f, 'vi'), where);
    else if (f.severity === 'warning') add(should, renderMessage(f, 'vi'), where);
  }
  const line = (message: string, places: string[]): string => {
    const text = message.replace(/[.;]$/, '');
    if (places.length === 0) return text;
    const shown = places.slice(0, 5).join('; ');
    return `${text} (${places.length > 1 ? `${places.length} chỗ: ` : ''}${shown}${places.length > 5 ? '; …' : ''})`;
  };
  const lines: string[] = [];
  if (must.size > 0) {
    // Defects that may come from copying ask for the original file, not for corrections.
    const original = outcomeOf(entry.verdict, entry.documentType, entry.findings) === 'original';
    lines.push(
      original
        ? `${documentName(entry)} có thể đã bị mất nội dung khi sao chép. Đề nghị gửi bản gốc của văn bản (tệp .docx, .doc hoặc .pdf do đơn vị ban hành) để rà soát:`
        : `${documentName(entry)} chưa đáp ứng yêu cầu. Đề nghị rà soát, chỉnh sửa, bổ sung các nội dung sau:`,
    );
    for (const [i, [m, p]] of [...must].entries())
      lines.push(`${i + 1}. ${line(m, p)}${i === must.size - 1 ? '.' : ';'}`);
    if (should.size > 0) lines.push('Ngoài ra, đề nghị xem xét:');
  } else {
    lines.push(`${documentName(entry)} cơ bản đáp ứng yêu cầu. Đề nghị lưu ý:`);
  }
  for (const [i, [m, p]] of [...should].entries()) lines.push(`- ${line(m, p)}${i === should.size - 1 ? '.' : ';'}`);
  return lines.join('\n');
}
