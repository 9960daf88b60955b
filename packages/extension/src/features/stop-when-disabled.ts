/** Stops soát in this frame when the user disables its site, without waiting for a reload. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage, type Message } from '../shared/messages';

export function stopWhenDisabled(ctx: ContentScriptContext): void {
  const listener = (message: unknown) => {
    if (!ctx.isValid || !isMessage(message) || message.type !== 'soat:access-removed') return;
    const ask: Message = { type: 'soat:still-enabled' };
    void browser.runtime.sendMessage(ask).then(
      (enabled: unknown) => {
        if (enabled === false) ctx.abort('soát was disabled on this site');
      },
      () => undefined,
    );
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
