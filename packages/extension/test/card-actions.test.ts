import { fakeBrowser } from './install-fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerCardRequest } from '../src/background/card-actions';
import { ignoredItem, settingsItem } from '../src/shared/settings';

const ENABLED = 'https://eoffice.example.vn/*';
const page = (url: string, id = fakeBrowser.runtime.id) => ({ id, url, tab: { id: 1 } }) as never;

describe("the background's answer to a card", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.permissions, {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => o === ENABLED),
    });
  });

  it('turns a rule off for soát on an enabled site, answers the previous value, and undoes', async () => {
    const from = page('https://eoffice.example.vn/soan-thao?id=7');
    expect(await answerCardRequest({ type: 'soat:set-rule', ruleId: 'has-signature', value: 'off' }, from)).toBe(
      'default',
    );
    expect((await settingsItem.getValue()).rules).toEqual({ 'has-signature': 'off' });
    expect(await answerCardRequest({ type: 'soat:set-rule', ruleId: 'has-signature', value: 'default' }, from)).toBe(
      'off',
    );
    expect((await settingsItem.getValue()).rules).toEqual({});
  });

  it("ignores on the asking frame's own document only", async () => {
    const from = page('https://eoffice.example.vn/soan-thao?id=7');
    expect(await answerCardRequest({ type: 'soat:ignore', key: 'k' }, from)).toBe(true);
    expect(await ignoredItem.getValue()).toEqual({ 'https://eoffice.example.vn/soan-thao': ['k'] });
  });

  it('refuses other senders, sites not enabled, unknown rules and values', async () => {
    const off = { type: 'soat:set-rule', ruleId: 'has-signature', value: 'off' } as const;
    expect(await answerCardRequest(off, page('https://evil.example/'))).toBeUndefined();
    expect(await answerCardRequest(off, page('https://eoffice.example.vn/', 'another-extension'))).toBeUndefined();
    expect(
      await answerCardRequest(off, { id: fakeBrowser.runtime.id, url: 'https://eoffice.example.vn/' } as never),
    ).toBeUndefined();
    const from = page('https://eoffice.example.vn/');
    expect(await answerCardRequest({ ...off, ruleId: 'no-such-rule' }, from)).toBeUndefined();
    expect(await answerCardRequest({ ...off, value: 'bogus' as never }, from)).toBeUndefined();
    expect(await answerCardRequest({ type: 'soat:ignore', key: 'k' }, page('https://evil.example/'))).toBeUndefined();
    expect((await settingsItem.getValue()).rules).toEqual({});
    expect(await ignoredItem.getValue()).toEqual({});
  });
});
