import { fakeBrowser } from './install-fake-browser';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeRequirements } from '../src/panels/store-requirements';
import {
  DEFAULT_SETTINGS,
  ignoredItem,
  ignoreOnDocument,
  setRule,
  settingsItem,
  toCheckOptions,
  updateSettings,
} from '../src/shared/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to the 2026 plan profile, draft mode, Vietnamese', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(toCheckOptions(DEFAULT_SETTINGS)).toEqual({
      profile: 'ke-hoach-2026',
      mode: 'draft',
      lang: 'vi',
      expectedParents: [],
      rules: {},
      requirements: {},
    });
  });

  it('is kept in local storage, never sync', async () => {
    await updateSettings({ mode: 'final', expectedParents: ['56-KH/ĐU'] });
    const local = await fakeBrowser.storage.local.get('settings');
    expect(local.settings).toMatchObject({ mode: 'final', expectedParents: ['56-KH/ĐU'], lang: 'vi' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('turns a rule off and back to its default severity', async () => {
    await setRule('has-signature', 'off');
    await setRule('has-recipients', 'warning');
    expect((await settingsItem.getValue()).rules).toEqual({ 'has-signature': 'off', 'has-recipients': 'warning' });
    await setRule('has-signature', 'default');
    expect((await settingsItem.getValue()).rules).toEqual({ 'has-recipients': 'warning' });
  });

  it('tells watchers about changes (applied live by the content script)', async () => {
    const seen: string[] = [];
    const unwatch = settingsItem.watch((s) => seen.push(s.lang));
    await updateSettings({ lang: 'en' });
    unwatch();
    expect(seen).toEqual(['en']);
  });

  it('remembers ignored findings per document, once each', async () => {
    await ignoreOnDocument('http://a.test/plan', 'k1');
    await ignoreOnDocument('http://a.test/plan', 'k1');
    await ignoreOnDocument('http://a.test/other', 'k2');
    expect(await ignoredItem.getValue()).toEqual({ 'http://a.test/plan': ['k1'], 'http://a.test/other': ['k2'] });
  });
});

describe('requirements from the settings', () => {
  beforeEach(() => fakeBrowser.reset());
  const config = readFileSync(
    new URL('../../../fixtures/requirements/example/soat.config.json', import.meta.url),
    'utf8',
  );
  const id = 'covers-digital-transformation';

  it('stores valid requirements and an empty text removes them', async () => {
    expect(await storeRequirements(config)).toEqual({ stored: 1 });
    expect(Object.keys((await settingsItem.getValue()).requirements)).toEqual([id]);
    expect(await storeRequirements('  \n')).toEqual({ stored: 0 });
    expect((await settingsItem.getValue()).requirements).toEqual({});
  });

  it('refuses bad ones in Vietnamese, naming the key, and stores nothing', async () => {
    const bad = config.replace('"terms": ["chuyển đổi số"]', '"terms": "chuyển đổi số"');
    const answer = await storeRequirements(bad);
    expect('error' in answer && answer.error).toContain(`requirements.${id}.terms`);
    const builtIn = await storeRequirements(config.replace(id, 'has-recipients'));
    expect('error' in builtIn && builtIn.error).toContain('quy tắc có sẵn');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});
