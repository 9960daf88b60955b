/** Access to fixtures/documents/<case>/{input.txt, labels.json}. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
      return { name, inputPath, input: readFileSync(inputPath, 'utf8'), source: labels.source, statuses: labels.statuses };
    });
}

export const SEED_CASES = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023'];
