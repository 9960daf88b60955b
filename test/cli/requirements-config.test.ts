/**
 * soat.config.json's `requirements` and `extends`: packs are read relative to the file naming them and merged;
 * a bad entry, a missing pack, an `extends` cycle or a pack that is not JSON is exit 2 naming the file (and, for
 * an entry, the requirement and the key). What the requirements give on the seeds: requirements-example.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES } from '../fixtures';
import { loadConfig } from '../../packages/checker/src/node/config';
import { runCli } from './run';

const ID = 'covers-digital-transformation';
const EXAMPLE = join(FIXTURES, 'requirements', 'example', 'soat.config.json');
const SEED = join(DOCUMENTS, '000-son-duong', 'input.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soat-requirements-'));
});

/** A config file (and its packs) written in a fresh folder; returns the config's path. */
function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(dir, 'project-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return join(root, 'soat.config.json');
}

describe('extends', () => {
  const spec = (terms: string[], severity = 'error') => ({
    kind: 'covers-task',
    title: { vi: `Có nhiệm vụ ${terms[0]}` },
    severity,
    terms,
  });

  it("reads packs relative to the file naming them, packs of packs included; later ones and the file's own win", () => {
    const config = project({
      'soat.config.json': { extends: ['./tinh.json'], requirements: { 'has-task': spec(['chuyển đổi số']) } },
      'tinh.json': {
        extends: ['./goc/trung-uong.json', './goc/huyen.json'],
        requirements: { 'has-task': spec(['không dùng']), 'has-reform': spec(['cải cách hành chính']) },
      },
      'goc/trung-uong.json': {
        requirements: { 'has-reform': spec(['không dùng']), 'has-security': spec(['không dùng']) },
      },
      'goc/huyen.json': { requirements: { 'has-security': spec(['an ninh'], 'warning') } },
    });
    const { requirements, ...rest } = loadConfig(config);
    expect(rest).toEqual({});
    expect(requirements).toEqual({
      'has-reform': spec(['cải cách hành chính']),
      'has-security': spec(['an ninh'], 'warning'),
      'has-task': spec(['chuyển đổi số']),
    });
    expect(Object.keys(requirements!)).toEqual(['has-reform', 'has-security', 'has-task']);
  });

  it('a missing pack, a cycle and a pack that is not JSON are exit 2 naming that file', async () => {
    const missing = project({ 'soat.config.json': { extends: ['./khong-co.json'] } });
    const cycle = project({
      'soat.config.json': { extends: ['./a.json'] },
      'a.json': { extends: ['./b.json'] },
      'b.json': { extends: ['./a.json'] },
    });
    const broken = project({ 'soat.config.json': { extends: ['./hong.json'] }, 'hong.json': '{ "requirements": ' });
    for (const [config, file, reason] of [
      [missing, 'khong-co.json', 'không tìm thấy tệp'],
      [cycle, 'a.json', 'vòng lặp'],
      [broken, 'hong.json', 'JSON không hợp lệ'],
    ] as const) {
      const { code, stderr } = await runCli(['check', '--config', config, SEED]);
      expect(code, file).toBe(2);
      expect(stderr).toContain(join(config, '..', file));
      expect(stderr).toContain(reason);
    }
  });

  it('a pack holds only requirements (and extends)', async () => {
    const config = project({
      'soat.config.json': { extends: ['./p.json'] },
      'p.json': { requirements: {}, mode: 'final' },
    });
    const { code, stderr } = await runCli(['check', '--config', config, SEED]);
    expect(code).toBe(2);
    expect(stderr).toContain(join(config, '..', 'p.json'));
    expect(stderr).toContain('"mode"');
  });
});

describe('a bad requirement entry', () => {
  const bad = async (requirements: unknown, where: 'config' | 'pack' = 'config') => {
    const config =
      where === 'config'
        ? project({ 'soat.config.json': { requirements } })
        : project({ 'soat.config.json': { extends: ['./pack.json'] }, 'pack.json': { requirements } });
    const result = await runCli(['check', '--config', config, SEED]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(where === 'config' ? config : join(config, '..', 'pack.json'));
    return result.stderr;
  };
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')).requirements[ID];

  it('is exit 2 naming the file, the requirement and the key', async () => {
    expect(await bad({ [ID]: { ...example, terms: 'chuyển đổi số' } })).toContain(`requirements.${ID}.terms`);
    expect(await bad({ [ID]: { ...example, severity: 'loud' } }, 'pack')).toContain(`requirements.${ID}.severity`);
    expect(await bad({ [ID]: { ...example, deadline: '2026-12-31' } })).toMatch(
      new RegExp(`requirements\\.${ID}.*"deadline"`),
    );
    const { title: _, ...untitled } = example;
    expect(await bad({ [ID]: untitled })).toContain(`requirements.${ID}.title`);
  });

  it('an unknown kind names the kinds there are', async () => {
    const stderr = await bad({ [ID]: { ...example, kind: 'covers' } });
    expect(stderr).toContain(`requirements.${ID}.kind`);
    for (const kind of ['cites', 'assigns', 'block', 'covers-task']) expect(stderr).toContain(kind);
  });

  it('an id that is not kebab-case, or is a rule of the pack, is refused', async () => {
    expect(await bad({ 'Chuyển đổi số': example })).toContain('kebab-case');
    expect(await bad({ 'covers-election-2026': example })).toContain('covers-election-2026');
  });
});
