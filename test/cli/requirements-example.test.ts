/**
 * Issue 11's example, as written: with the covers-digital-transformation config (or the same requirement from an
 * `extends` pack), `soat check` gives seed 000 and its no-diacritics OCR copy 002 a pass, seed 004 (2023)
 * not-applicable and 000 without its "chuyển đổi số" lines a fail, in the JSON contract and the checklist.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES, withoutDigitalTransformation } from '../fixtures';
import { runCli } from './run';

const ID = 'covers-digital-transformation';
const EXAMPLE = join(FIXTURES, 'requirements', 'example', 'soat.config.json');
const PACKED = join(FIXTURES, 'requirements', 'pack', 'soat.config.json');
const seed = (name: string) => join(DOCUMENTS, name, 'input.txt');

interface JsonFile {
  readonly requirements: Record<string, { status: string; evidence: { text: string }[] }>;
  readonly findings: { ruleId: string; severity: string }[];
}

let dir: string;
let withoutTask: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soat-requirements-example-'));
  withoutTask = join(dir, '000-without-digital-transformation.txt');
  writeFileSync(withoutTask, withoutDigitalTransformation());
});

async function checkJson(config: string, files: readonly string[]): Promise<{ code: number; files: JsonFile[] }> {
  const { code, stdout, stderr } = await runCli(['check', '--format', 'json', '--config', config, ...files]);
  expect(stderr).toBe('');
  return { code, files: JSON.parse(stdout).files };
}

describe('issue 11 example: covers-digital-transformation', () => {
  for (const [name, config] of [
    ['soat.config.json', EXAMPLE],
    ['its extends pack', PACKED],
  ] as const) {
    it(`from ${name}: 000 and its OCR copy 002 pass, 004 (2023) is not applicable, 000 without the task fails`, async () => {
      const { files } = await checkJson(config, [
        seed('000-son-duong'),
        seed('002-son-duong-ocr'),
        seed('004-xa-2023'),
        withoutTask,
      ]);
      expect(files.map((f) => f.requirements[ID]?.status)).toEqual(['pass', 'pass', 'not-applicable', 'fail']);
      // After the five built-in requirements, in the contract's order.
      expect(Object.keys(files[0]!.requirements)).toEqual([
        'cites-parent-plan',
        'assigns-responsible-units',
        'has-recipients',
        'has-signature',
        'covers-election-2026',
        ID,
      ]);
      expect(files[0]!.requirements[ID]!.evidence[0]!.text).toMatch(/chuyển đổi số/);
      // The unmet requirement is an error finding, as a built-in one is.
      expect(files[3]!.findings.filter((f) => f.ruleId === ID).map((f) => f.severity)).toEqual(['error']);
      expect(files[0]!.findings.some((f) => f.ruleId === ID)).toBe(false);
    });
  }

  it('shows the configured requirement in the stylish checklist, titled in the asked language', async () => {
    const vi = await runCli(['check', '--no-color', '--config', EXAMPLE, withoutTask]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('✗ Kế hoạch có nhiệm vụ chuyển đổi số');
    const en = await runCli(['check', '--no-color', '--lang', 'en', '--config', EXAMPLE, seed('000-son-duong')]);
    expect(en.stdout).toContain('✓ The plan has a digital transformation task');
  });

  it('is found upward from the checked file like any soat.config.json', async () => {
    const config = join(mkdtempSync(join(dir, 'project-')), 'soat.config.json');
    writeFileSync(config, readFileSync(EXAMPLE));
    const plan = join(config, '..', 'plan.txt');
    writeFileSync(plan, readFileSync(withoutTask));
    const { stdout } = await runCli(['check', '--format', 'json', plan]);
    expect(JSON.parse(stdout).files[0].requirements[ID].status).toBe('fail');
  });
});
