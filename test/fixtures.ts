/** Access to fixtures/documents/<case>/{input.txt, labels.json} and to the labelled real documents in fixtures/real. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadErrorCode } from '@soat/checker';
import type { RequirementId, RequirementStatus } from '@soat/rules';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const DOCUMENTS = join(FIXTURES, 'documents');

export interface LabelledCase {
  readonly name: string;
  readonly input: string;
  readonly inputPath: string;
  readonly source: string;
  readonly statuses: Record<RequirementId, RequirementStatus>;
}

export function documentCases(): LabelledCase[] {
  return readdirSync(DOCUMENTS)
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(DOCUMENTS, name, 'labels.json'), 'utf8'));
      const inputPath = join(DOCUMENTS, name, 'input.txt');
      return {
        name,
        inputPath,
        input: readFileSync(inputPath, 'utf8'),
        source: labels.source,
        statuses: labels.statuses,
      };
    });
}

export const SEED_CASES = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023'];

/** fixtures/real: real documents in their original formats, labelled in fixtures/real/labels.json. */
export const REAL = join(FIXTURES, 'real');

export interface RealCase {
  readonly name: string;
  readonly path: string;
  /** The type a reader gives the document: a Nghị định 30 code, or CV, GM, Luật, NQLT. */
  readonly documentType: string;
  readonly statuses: Record<RequirementId, RequirementStatus>;
  /** One line per requirement: why the label is what it is. */
  readonly reasons: Record<RequirementId, string>;
  /** The reader's code when it refuses the document without --ocr (a PDF whose text layer is garbled). */
  readonly unreadable?: ReadErrorCode;
}

export function realCases(): RealCase[] {
  const labels: Record<string, Omit<RealCase, 'name' | 'path'>> = JSON.parse(
    readFileSync(join(REAL, 'labels.json'), 'utf8'),
  );
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, label]) => ({ name, path: join(REAL, name), ...label }));
}

/** Seed 000 with its four lines that name "chuyển đổi số" removed: issue 11's plan without a digital-transformation task. */
export function withoutDigitalTransformation(): string {
  const lines = readFileSync(join(DOCUMENTS, '000-son-duong', 'input.txt'), 'utf8').split('\n');
  const kept = lines.filter((line) => !line.includes('chuyển đổi số'));
  if (lines.length - kept.length !== 4)
    throw new Error(`seed 000 has ${lines.length - kept.length} lines with "chuyển đổi số", not 4`);
  return kept.join('\n');
}
