/**
 * The benchmarks' documents: the labelled seeds, their variants and the model plan of fixtures/report, as
 * .txt or as .docx (written with the `docx` library), copied to any number of files.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The benchmark's own dependencies (docx) are devDependencies of the checker package. */
const fromChecker = createRequire(join(ROOT, 'packages/checker/package.json'));

export async function sources(): Promise<string[]> {
  const cases = await readdir(join(ROOT, 'fixtures/documents'));
  const texts = await Promise.all(
    cases.sort().map((c) => readFile(join(ROOT, 'fixtures/documents', c, 'input.txt'), 'utf8')),
  );
  texts.push(await readFile(join(ROOT, 'fixtures/report/plans/xa-mau/ke-hoach-mau.txt'), 'utf8'));
  return texts;
}

export async function docxOf(text: string): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun } = fromChecker('docx') as typeof import('docx');
  const doc = new Document({
    sections: [
      {
        children: text
          .split(/\r?\n/)
          .map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Times New Roman', size: 28 })] })),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** `count` files in `dir`, cycling through `bodies` (each written once, then copied). */
export async function fill(
  dir: string,
  count: number,
  ext: string,
  bodies: readonly (string | Buffer)[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const firsts = await Promise.all(
    bodies.map(async (body, i) => {
      const path = join(dir, `${String(i).padStart(5, '0')}${ext}`);
      await writeFile(path, body);
      return path;
    }),
  );
  for (let i = bodies.length; i < count; i++)
    await copyFile(firsts[i % bodies.length]!, join(dir, `${String(i).padStart(5, '0')}${ext}`));
}
