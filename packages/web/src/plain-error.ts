/**
 * An error as plain data that survives postMessage (structured cloning keeps only an Error's name and
 * message): a reader's error keeps its code and both messages.
 */
export function plainError(error: unknown): { code?: string; vi?: string; en?: string; message: string } {
  const e = error as { code?: unknown; vi?: unknown; en?: unknown };
  const message = error instanceof Error ? error.message : String(error);
  if (typeof e?.code === 'string' && typeof e.vi === 'string' && typeof e.en === 'string')
    return { code: e.code, vi: e.vi, en: e.en, message };
  return { message };
}
