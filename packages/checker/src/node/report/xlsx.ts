/**
 * The XLSX report, written as SpreadsheetML by hand into a streamed zip: sheet "Chi tiết" (one row per
 * finding, by far the larger) is compressed into the zip as the rows come; the rows of sheet "Tổng hợp" (the
 * matrix, coloured by conditional formatting, with an autofilter and a frozen header) are spooled as XML and
 * copied in at the end, since a zip holds one entry at a time (the order of a zip's entries does not matter). (exceljs built an object per cell and a style per cell:
 * ~0.4 ms of the main thread per document, more than the rest of the report's outputs together.)
 * The XML itself comes from the browser-safe `report/xlsx.ts`, which the offline page zips in one piece.
 */
import { createReadStream } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { Lang } from '@soat/rules';
import { AtomicFile, Spool } from './files';
import type { MatrixRow, ReportEntry, RequirementColumn } from '../../report/model';
import { XlsxParts, type XlsxOptions } from '../../report/xlsx';
import type { FormatTotals } from '../../formatters';
import type { ReportSink } from './sinks';
import { coverageSheets, REPORT_COVERAGE_SHEETS } from '../../report/coverage-xlsx';

/**
 * Text gathered before it is compressed, and the pieces the spooled rows are read back in. Rows are kept as
 * strings until compressed, so the pieces stay small (512 K characters of them raised the peak memory by
 * ~10 MB); each piece is compressed with the 32 KB before it as dictionary, so small pieces compress as well
 * as one stream.
 */
const ENTRY_CHUNK_CHARS = 64 * 1024;
const SPOOL_CHUNK_BYTES = 1024 * 1024;
/** How far back DEFLATE may refer. */
const DEFLATE_WINDOW = 32 * 1024;

/**
 * A zip entry deflated by Node's zlib (fflate's deflate, in JavaScript, took ~0.2 ms of the main thread per
 * document; zlib takes a fifth of that). Each piece is compressed on its own and sync-flushed, so the pieces
 * follow each other as one deflate stream (as pigz does), primed with the last 32 KB before it so that its
 * matches may reach back into them (without, 64 KB pieces made the file 17 % larger than one stream). The CRC
 * is zlib's too (fflate's, in JavaScript, took ~70 ms of the end of a 2,000-document run, when nothing else
 * runs). fflate writes the zip around the entry through its public `ZipInputFile` interface: the entry keeps
 * its own size and CRC, which must be right when the last piece is handed over.
 */
class ZlibEntry implements ZipInputFile {
  readonly compression = 8;
  /** Level 1 ("super fast") in the zip's flags, as exceljs (through archiver and zlib) wrote it: the XML still compresses 7×. */
  readonly flag = 3;
  size = 0;
  crc = 0;
  /** Set by the Zip the entry is added to. */
  ondata: AsyncFlateStreamHandler = () => {
    throw new Error(`${this.filename}: the zip entry was written before it was added to a zip`);
  };
  /** The last bytes given (at most DEFLATE_WINDOW): the dictionary of the next piece. */
  private window = new Uint8Array(0);

  constructor(readonly filename: string) {}

  /** Hands over the next piece of the entry's uncompressed bytes. */
  push(chunk: Uint8Array, final: boolean): void {
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const deflated = deflateRawSync(chunk, {
      level: 1,
      finishFlush,
      ...(this.window.length > 0 ? { dictionary: this.window } : {}),
    });
    const seen = new Uint8Array(this.window.length + chunk.length);
    seen.set(this.window);
    seen.set(chunk, this.window.length);
    this.window = seen.slice(-DEFLATE_WINDOW);
    this.ondata(null, new Uint8Array(deflated.buffer as ArrayBuffer, deflated.byteOffset, deflated.byteLength), final);
  }
}

/** The zip being written: entries one after the other, compressed bytes handed to the output file. */
class ZipWriter {
  private readonly zip: Zip;
  private readonly ready: Uint8Array[] = [];
  private failure: Error | null = null;
  private entry: ZlibEntry | null = null;
  private pending = '';

  constructor(private readonly out: AtomicFile) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.ready.push(chunk);
    });
  }

  /** Starts the next entry; the previous one must be ended. */
  start(name: string): void {
    this.entry = new ZlibEntry(name);
    this.zip.add(this.entry);
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= ENTRY_CHUNK_CHARS) await this.push(false);
  }

  /** Bytes already encoded (a spool file's content). */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.push(false);
    (this.entry as ZlibEntry).push(bytes, false);
    await this.drain();
  }

  async end(): Promise<void> {
    await this.push(true);
    this.entry = null;
  }

  /** Ends the archive (after the last entry) and hands every remaining byte to the file. */
  async close(): Promise<void> {
    this.zip.end();
    await this.drain();
  }

  private async push(final: boolean): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text !== '' || final) (this.entry as ZlibEntry).push(Buffer.from(text), final);
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    for (const chunk of this.ready.splice(0)) await this.out.write(chunk);
  }
}

export class XlsxSink implements ReportSink {
  private constructor(
    private readonly out: AtomicFile,
    private readonly zip: ZipWriter,
    private readonly matrix: Spool,
    private readonly parts: XlsxParts,
    private readonly lang: Lang,
  ) {}

  /** `requirements`: the matrix's requirement columns; `coverage`: `--parent-plan` was given, its matrix and evidence become sheets 3 and 4. */
  static async open(
    path: string,
    lang: Lang,
    requirements: readonly RequirementColumn[],
    options: XlsxOptions & { readonly coverage?: boolean } = {},
  ): Promise<XlsxSink> {
    const out = await AtomicFile.open(path);
    const zip = new ZipWriter(out);
    const parts = new XlsxParts(lang, requirements, options);
    const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    for (const [name, xml] of parts.packageParts(created, options.coverage ? REPORT_COVERAGE_SHEETS[lang] : [])) {
      zip.start(name);
      await zip.write(xml);
      await zip.end();
    }
    zip.start('xl/worksheets/sheet2.xml');
    await zip.write(parts.detailStart());
    return new XlsxSink(out, zip, await Spool.create('matrix.xml'), parts, lang);
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    await this.matrix.write(this.parts.matrixRow(entry, row));
    await this.zip.write(this.parts.detailRows(entry));
  }

  async finish(totals: FormatTotals): Promise<void> {
    const { parts, zip } = this;
    await zip.write(parts.detailEnd());
    await zip.end();
    zip.start('xl/worksheets/sheet1.xml');
    await zip.write(parts.matrixStart());
    await this.matrix.close();
    for await (const chunk of createReadStream(this.matrix.path, { highWaterMark: SPOOL_CHUNK_BYTES }))
      await zip.writeBytes(chunk as Buffer);
    await zip.write(parts.matrixEnd());
    await zip.end();
    if (totals.coverage) {
      const sheets = coverageSheets(totals.coverage, this.lang, REPORT_COVERAGE_SHEETS[this.lang]);
      for (const [i, xml] of sheets.entries()) {
        zip.start(`xl/worksheets/sheet${i + 3}.xml`);
        await zip.write(xml);
        await zip.end();
      }
    }
    zip.start('xl/sharedStrings.xml');
    await zip.write(parts.sharedStrings());
    await zip.end();
    await zip.close();
    await this.out.commit();
    await this.matrix.dispose();
  }

  async abort(): Promise<void> {
    await this.out.abort();
    await this.matrix.dispose();
  }
}
