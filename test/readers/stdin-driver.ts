/** Reads standard input with readInput('-') and prints the result as JSON (used by node-readers.test.ts). */
import { readInput, ReadError } from '@soat/checker/node';

try {
  const doc = await readInput('-', { maxBytes: Number(process.argv[2] ?? 50 * 1024 * 1024) });
  process.stdout.write(JSON.stringify({ format: doc.format, text: doc.text }));
} catch (error) {
  if (!(error instanceof ReadError)) throw error;
  process.stdout.write(JSON.stringify({ error: error.code }));
}
