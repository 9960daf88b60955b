/**
 * `soat report <files|folders|globs…>`: check many plans at once and write conformance reports.
 */
export interface ReportIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  readonly isTTY: boolean;
}

export async function runReport(argv: string[], io: ReportIO): Promise<number> {
  io.stderr.write(`soat report: chưa hỗ trợ (${argv.length} đối số).\n`);
  return 2;
}
