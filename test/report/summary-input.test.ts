/**
 * The offline page's checking worker sends, with each result, the entry cut to what the summary reads
 * (`summaryInput`): the page's summary made from those must equal the one made from the whole entries (the CLI's).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkForEntry,
  requirementColumns,
  summaryInput,
  SummaryBuilder,
  unreadableEntry,
  type ReportEntry,
} from '@soat/checker/report';
import { LANGS } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';

const SEEDS = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023'];

describe('summaryInput', () => {
  it.each(LANGS)('gives the summary of the whole entries (%s)', async (lang) => {
    const entries: ReportEntry[] = [];
    for (const seed of SEEDS) {
      const text = await readFile(join(DOCUMENTS, seed, 'input.txt'), 'utf8');
      entries.push((await checkForEntry(`${seed}.txt`, { text, format: 'txt' }, { lang }, true)).entry);
    }
    entries.push(unreadableEntry('hong.docx', new Error('not a zip'), lang, true));
    const columns = requirementColumns([{ lang }], lang);
    const whole = new SummaryBuilder(columns, lang);
    const cut = new SummaryBuilder(columns, lang);
    for (const entry of entries) {
      whole.add(entry);
      cut.add(summaryInput(entry));
    }
    const summary = cut.build();
    expect(summary).toEqual(whole.build());
    // The seeds give defects, rules and units to count: the comparison is not of empty summaries.
    expect(summary.defects.length).toBeGreaterThan(0);
    expect(summary.units.length).toBeGreaterThan(0);
    expect(summary.unreadable).toBe(1);
    // What is cut away: quotes, positions and the JSON contract.
    expect(JSON.stringify(summaryInput(entries[0]!)).length).toBeLessThan(JSON.stringify(entries[0]).length / 2);
  });
});
