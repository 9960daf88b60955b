/**
 * The report's outputs as they stream: each takes the entries as they come and keeps nothing per document
 * in memory. A text output writes its formatter's pieces straight to its (temporary) file; a formatter that
 * puts its summary first (the HTML report) has the documents' pieces spooled until the summary is known.
 */
import type { FormatContext, Formatter, FormatTotals } from '../../formatters';
import type { MatrixRow, ReportEntry } from '../../report/model';
import { AtomicFile, Spool } from './files';

export interface ReportSink {
  add(entry: ReportEntry, row: MatrixRow): Promise<void>;
  finish(totals: FormatTotals): Promise<void>;
  /** Removes every temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

export class FormatterSink implements ReportSink {
  private first = true;
  private constructor(
    private readonly out: AtomicFile,
    /** Where the documents' pieces go until the head is written (summary-first formatters only). */
    private readonly spool: Spool | null,
    private readonly formatter: Formatter,
    private readonly context: FormatContext,
  ) {}

  static async open(path: string, formatter: Formatter, context: FormatContext): Promise<FormatterSink> {
    const out = await AtomicFile.open(path);
    if (formatter.summaryFirst) return new FormatterSink(out, await Spool.create('sections'), formatter, context);
    await out.write(formatter.head(context));
    return new FormatterSink(out, null, formatter, context);
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    const target = this.spool ?? this.out;
    for (const item of this.formatter.entry(entry, row, this.context)) {
      await target.write(this.first ? item : this.formatter.separator + item);
      this.first = false;
    }
  }

  async finish(totals: FormatTotals): Promise<void> {
    if (this.formatter.summaryFirst) {
      await this.out.write(this.formatter.head(totals, this.context));
      await this.out.append(this.spool!);
    }
    await this.out.write(this.formatter.tail(totals, this.context));
    await this.out.commit();
    await this.spool?.dispose();
  }

  async abort(): Promise<void> {
    await this.out.abort();
    await this.spool?.dispose();
  }
}
