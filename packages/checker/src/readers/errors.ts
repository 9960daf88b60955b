/**
 * Every way reading an input can fail, each with its own Vietnamese and English message.
 * Browser-safe: the CLI, the bulk runner and the extension all show these messages.
 */

export type ReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'no-text'
  | 'binary'
  | 'unknown-encoding'
  | 'unsupported'
  | 'corrupt-zip'
  | 'corrupt-document'
  | 'encrypted'
  | 'zip-bomb'
  | 'xml-too-deep'
  | 'xml-entities'
  | 'too-many-pages'
  | 'timeout'
  | 'scanned-pdf'
  | 'garbled-pdf'
  | 'doc-as-docx'
  | 'needs-node';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ReadError';
  }
}

/** A size for people: MB with one decimal, or KB / bytes when that would read as 0 MB. */
const mb = (bytes: number): string =>
  bytes >= 100 * 1024
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} byte`;

/** What to do when no OCR can run here: install it, or use the original. */
const INSTALL_OCR = {
  vi: 'Cần cài tesseract (gói tesseract-ocr-vie) và pdftoppm (poppler-utils) rồi chạy với --ocr, hoặc dùng bản .docx gốc.',
  en: 'Install tesseract (tesseract-ocr-vie) and pdftoppm (poppler-utils) and run with --ocr, or use the original .docx.',
} as const;
/** A PDF text layer that reads as letters broken by digits: fonts without a Unicode map. */
const GARBLED_LAYER = {
  vi: 'Lớp chữ của tệp PDF không đọc được (phông chữ không có bảng mã Unicode: chữ có dấu ra chữ số, như "d6n" thay cho "dân").',
  en: 'The PDF\'s text layer cannot be read (its fonts have no Unicode map: Vietnamese letters come out as digits, "d6n" for "dân").',
} as const;

/** Builders for every error, so that the same case always reads the same way. */
export const readErrors = {
  notFound: () => new ReadError('not-found', 'Không tìm thấy tệp.', 'File not found.'),
  isDirectory: () => new ReadError('unreadable', 'Đây là thư mục, không phải tệp.', 'This is a folder, not a file.'),
  notRegularFile: () =>
    new ReadError(
      'unreadable',
      'Không phải tệp thường (FIFO, socket hay thiết bị): soát chỉ đọc tệp thường.',
      'Not a regular file (a FIFO, a socket or a device): soát reads regular files only.',
    ),
  unreadable: (reason: string) =>
    new ReadError('unreadable', `Không đọc được tệp (${reason}).`, `Cannot read the file (${reason}).`),
  tooLarge: (size: number, limit: number) =>
    new ReadError(
      'too-large',
      `Tệp quá lớn (${mb(size)}; giới hạn ${mb(limit)}). Dòng lệnh soat cho phép nâng giới hạn (--max-file-size).`,
      `File too large (${mb(size)}; the limit is ${mb(limit)}). The soat command line can raise the limit (--max-file-size).`,
    ),
  empty: () => new ReadError('empty', 'Tệp rỗng.', 'The file is empty.'),
  /** `format`: how the format is named in Vietnamese and, when it differs, in English ("văn bản", "text"). */
  noText: (format: string, formatEn: string = format) =>
    new ReadError(
      'no-text',
      `Tài liệu ${format} không có chữ nào để kiểm tra.`,
      `The ${formatEn} document contains no text to check.`,
    ),
  binary: () =>
    new ReadError(
      'binary',
      'Tệp nhị phân không rõ định dạng, không phải văn bản (.docx, .doc, .pdf, .html, .txt).',
      'Binary file of unknown format, not a document (.docx, .doc, .pdf, .html, .txt).',
    ),
  unknownEncoding: () =>
    new ReadError(
      'unknown-encoding',
      'Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI), hoặc tệp không phải văn bản. Hãy lưu lại dưới dạng UTF-8.',
      'The text encoding is not recognised (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI), or the file is not text. Save it as UTF-8.',
    ),
  unsupported: (what: string) =>
    new ReadError(
      'unsupported',
      `Định dạng không được hỗ trợ: ${what}. Hãy lưu lại dưới dạng .docx, .pdf hoặc .txt.`,
      `Unsupported format: ${what}. Save it as .docx, .pdf or .txt.`,
    ),
  corruptZip: (detail: string) =>
    new ReadError(
      'corrupt-zip',
      `Tệp .docx bị hỏng hoặc không đầy đủ (không giải nén được: ${detail}).`,
      `The .docx file is corrupt or truncated (cannot unzip: ${detail}).`,
    ),
  corruptDocument: (format: string, detail: string) =>
    new ReadError(
      'corrupt-document',
      `Tệp ${format} bị hỏng, không đọc được nội dung (${detail}).`,
      `The ${format} file is corrupt; its content cannot be read (${detail}).`,
    ),
  damagedOle: () =>
    new ReadError(
      'corrupt-document',
      'Tệp Office 97-2003 (.doc, .xls …) bị cắt cụt hoặc hỏng: không tìm thấy mục lục các phần của tệp.',
      'The Office 97-2003 file (.doc, .xls …) is truncated or damaged: its directory of streams is missing.',
    ),
  encrypted: (format: string) =>
    new ReadError(
      'encrypted',
      `Tệp ${format} được bảo vệ bằng mật khẩu (mã hóa). Hãy bỏ mật khẩu rồi kiểm tra lại.`,
      `The ${format} file is password-protected (encrypted). Remove the password and check it again.`,
    ),
  zipBombEntries: (count: number, limit: number) =>
    new ReadError(
      'zip-bomb',
      `Tệp nén chứa quá nhiều thành phần (${count}; giới hạn ${limit}), có thể là tệp độc hại.`,
      `The archive has too many entries (${count}; the limit is ${limit}); it may be malicious.`,
    ),
  zipBombSize: (size: number, limit: number) =>
    new ReadError(
      'zip-bomb',
      `Nội dung giải nén quá lớn (${mb(size)}; giới hạn ${mb(limit)}), có thể là "bom nén".`,
      `The uncompressed content is too large (${mb(size)}; the limit is ${mb(limit)}); it may be a zip bomb.`,
    ),
  pdfBomb: (limit: number) =>
    new ReadError(
      'zip-bomb',
      `Tệp PDF giải nén ra quá lớn (trên ${mb(limit)}), có thể là "bom nén"; soát không đọc. Nếu tệp đáng tin, dòng lệnh soat cho phép nâng giới hạn (--max-uncompressed).`,
      `The PDF's streams uncompress to too much (over ${mb(limit)}); it may be a compression bomb and is not read. If the file is trusted, the soat command line can raise the limit (--max-uncompressed).`,
    ),
  xmlTooDeep: (limit: number) =>
    new ReadError(
      'xml-too-deep',
      `Cấu trúc XML lồng nhau quá sâu (quá ${limit} cấp), không đọc tiếp.`,
      `The XML is nested too deeply (more than ${limit} levels); reading stopped.`,
    ),
  xmlEntities: () =>
    new ReadError(
      'xml-entities',
      'Tài liệu khai báo DOCTYPE/thực thể XML (có thể gây bùng nổ thực thể); tệp Word thật không có phần này.',
      'The document declares a DOCTYPE/XML entities (possible entity expansion); real Word files have none.',
    ),
  tooManyPages: (pages: number, limit: number) =>
    new ReadError(
      'too-many-pages',
      `Tệp PDF có quá nhiều trang (${pages}; giới hạn ${limit}). Dòng lệnh soat cho phép nâng giới hạn (--max-pages).`,
      `The PDF has too many pages (${pages}; the limit is ${limit}). The soat command line can raise the limit (--max-pages).`,
    ),
  timeout: (ms: number) =>
    new ReadError(
      'timeout',
      `Đọc tệp quá thời gian cho phép (${ms} ms). Dùng --timeout để nâng giới hạn.`,
      `Reading the file took longer than allowed (${ms} ms). Use --timeout to raise it.`,
    ),
  /** The offline page's: no option to raise the limit there. */
  timeoutInBrowser: (ms: number) =>
    new ReadError(
      'timeout',
      `Đọc và soát tệp quá ${ms / 1000} giây, nên đã dừng: tệp có thể bị hỏng hoặc quá lớn. Các tệp khác vẫn được soát; dòng lệnh soat cho phép nâng giới hạn (--timeout).`,
      `Reading and checking the file took over ${ms / 1000} seconds and was stopped: the file may be damaged or too large. The other files are still checked; the soat command line can raise the limit (--timeout).`,
    ),
  scannedPdf: (ocrAvailable: boolean) =>
    new ReadError(
      'scanned-pdf',
      `Tệp PDF là bản quét (không có lớp chữ). ${ocrAvailable ? 'Chạy lại với --ocr để nhận dạng chữ.' : INSTALL_OCR.vi}`,
      `The PDF is a scan (no text layer). ${ocrAvailable ? 'Run again with --ocr to recognise the text.' : INSTALL_OCR.en}`,
    ),
  /** A PDF whose text layer reads as letters broken by digits ("d6n diic"): fonts without a Unicode map. */
  garbledPdf: (ocrAvailable: boolean) =>
    new ReadError(
      'garbled-pdf',
      `${GARBLED_LAYER.vi} ${ocrAvailable ? 'Chạy lại với --ocr để nhận dạng chữ từ hình trang, hoặc dùng bản .docx gốc.' : INSTALL_OCR.vi}`,
      `${GARBLED_LAYER.en} ${ocrAvailable ? 'Run again with --ocr to recognise the text from the page images, or use the original .docx.' : INSTALL_OCR.en}`,
    ),
  docAsDocx: () =>
    new ReadError(
      'doc-as-docx',
      'Tệp mang đuôi .docx nhưng thực ra là tệp Word 97-2003 (.doc); ở đây chỉ đọc được .docx. Hãy mở bằng Word và lưu lại dạng .docx, hoặc dùng dòng lệnh soat.',
      'The file is named .docx but is really a Word 97-2003 (.doc) file, which cannot be read here. Open it in Word and save it as .docx, or use the soat command line.',
    ),
  /** A scanned PDF where no OCR can run (the browser). */
  scannedPdfInBrowser: () =>
    new ReadError(
      'scanned-pdf',
      'Tệp PDF là bản quét (không có lớp chữ), không đọc được trong trình duyệt. Hãy dùng bản .docx gốc của văn bản.',
      'The PDF is a scan (no text layer) and cannot be read in the browser. Use the original .docx of the document.',
    ),
  /** A PDF with a garbled text layer where no OCR can run (the browser). */
  garbledPdfInBrowser: () =>
    new ReadError(
      'garbled-pdf',
      `${GARBLED_LAYER.vi} Hãy dùng bản .docx gốc của văn bản.`,
      `${GARBLED_LAYER.en} Use the original .docx of the document.`,
    ),
  /** A .doc where only the portable readers run (the browser): Word itself converts it. */
  docInBrowser: () =>
    new ReadError(
      'needs-node',
      'Tệp Word 97-2003 (.doc) không đọc được trong trình duyệt. Mở bằng Word, Lưu thành .docx (Tệp → Lưu thành → Tài liệu Word), rồi soát tệp .docx đó.',
      'Word 97-2003 (.doc) files cannot be read in the browser. Open the file in Word and save it as .docx (File → Save As → Word Document), then check the .docx.',
    ),
  needsNode: (format: string) =>
    new ReadError(
      'needs-node',
      `Định dạng ${format} chỉ đọc được bằng dòng lệnh soat, không đọc được trong trình duyệt.`,
      `${format} files can only be read by the soat command line, not in the browser.`,
    ),
} as const;

/** Any failure as a ReadError: ReadErrors pass through, anything else is a corrupt document. */
export function asReadError(format: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const detail = error instanceof Error ? error.message.slice(0, 160) : String(error).slice(0, 160);
  return readErrors.corruptDocument(format, detail);
}
