/**
 * One sink per output format. Each takes the entries as they stream past and keeps nothing per document
 * in memory: the text outputs write straight to their (temporary) file, the HTML report spools its
 * per-document sections until the summary and matrix that come before them are known.
 */
import type { Lang } from '../../types';
import { csvHeader, csvRecords } from '../../formatters/csv';
import { htmlDocumentSection, htmlReportEnd, htmlReportStart } from '../../formatters/html';
import { sarifEnd, sarifResults, sarifStart } from '../../formatters/sarif';
import { AtomicFile, Spool } from './files';
import type { MatrixRow, ReportEntry, ReportSummary } from '../../report/model';

export interface UnreadableFile {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface FinishInfo {
  readonly summary: ReportSummary;
  readonly rows: readonly MatrixRow[];
  readonly unreadable: readonly UnreadableFile[];
  readonly generatedAt: string;
  readonly inputs: readonly string[];
  readonly options: readonly string[];
}

export interface ReportSink {
  add(entry: ReportEntry, row: MatrixRow): Promise<void>;
  finish(info: FinishInfo): Promise<void>;
  /** Removes every temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

export class HtmlSink implements ReportSink {
  private constructor(
    private readonly out: AtomicFile,
    private readonly sections: Spool,
    private readonly lang: Lang,
    private readonly base: string,
  ) {}

  /** `base`: the folder shared by all documents' paths, left out of each. */
  static async open(path: string, lang: Lang, base: string): Promise<HtmlSink> {
    const out = await AtomicFile.open(path);
    return new HtmlSink(out, await Spool.create('sections.html'), lang, base);
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    await this.sections.write(htmlDocumentSection(entry, row, this.lang, this.base));
  }

  async finish(info: FinishInfo): Promise<void> {
    await this.out.write(htmlReportStart({ ...info, lang: this.lang, base: this.base }));
    await this.out.append(this.sections);
    await this.out.write(htmlReportEnd(this.lang));
    await this.out.commit();
    await this.sections.dispose();
  }

  async abort(): Promise<void> {
    await this.out.abort();
    await this.sections.dispose();
  }
}

export class CsvSink implements ReportSink {
  private constructor(
    private readonly out: AtomicFile,
    private readonly lang: Lang,
  ) {}

  static async open(path: string, lang: Lang): Promise<CsvSink> {
    const out = await AtomicFile.open(path);
    await out.write(csvHeader(lang));
    return new CsvSink(out, lang);
  }

  async add(entry: ReportEntry): Promise<void> {
    await this.out.write(csvRecords(entry, this.lang));
  }

  async finish(): Promise<void> {
    await this.out.commit();
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}

/** Writes the items of a JSON array one by one, commas between them. */
class JsonArrayWriter {
  private first = true;
  constructor(private readonly out: AtomicFile) {}

  /** `json`: the item, serialised. */
  async push(json: string): Promise<void> {
    await this.out.write(`${this.first ? '' : ','}\n${json}`);
    this.first = false;
  }
}

export class SarifSink implements ReportSink {
  private readonly results: JsonArrayWriter;
  private constructor(
    private readonly out: AtomicFile,
    private readonly lang: Lang,
  ) {
    this.results = new JsonArrayWriter(out);
  }

  static async open(path: string, lang: Lang, version: string): Promise<SarifSink> {
    const out = await AtomicFile.open(path);
    await out.write(sarifStart(lang, version));
    return new SarifSink(out, lang);
  }

  async add(entry: ReportEntry): Promise<void> {
    for (const result of sarifResults(entry, this.lang)) await this.results.push(JSON.stringify(result));
  }

  async finish(info: FinishInfo): Promise<void> {
    await this.out.write(sarifEnd(info.unreadable));
    await this.out.commit();
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}

/** The `soat check --format json` document, plus the report's summary at the end. */
export class JsonSink implements ReportSink {
  private readonly files: JsonArrayWriter;
  private constructor(private readonly out: AtomicFile) {
    this.files = new JsonArrayWriter(out);
  }

  static async open(path: string): Promise<JsonSink> {
    const out = await AtomicFile.open(path);
    await out.write('{"version":1,"files":[');
    return new JsonSink(out);
  }

  /** The entries carry their serialised contract: the command asks the workers for it when JSON is written. */
  async add(entry: ReportEntry): Promise<void> {
    await this.files.push(entry.json as string);
  }

  async finish(info: FinishInfo): Promise<void> {
    await this.out.write(`\n],"summary":${JSON.stringify(info.summary)}}\n`);
    await this.out.commit();
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}
