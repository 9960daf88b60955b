/** Runs the soát CLI in-process, capturing what it writes. */
import { Writable } from 'node:stream';
import { main as cliMain } from '@soat/checker/node';

export async function runCli(
  argv: string[],
  main: typeof cliMain = cliMain,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await main(argv, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
  return { code, stdout, stderr };
}
