/** Applies settings and ignores changed in the side panel to this page at once. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundProvider } from '../checking/background-provider';
import type { LintUi } from '../lint-ui/lint-ui';
import { ignoredItem, settingsItem, toCheckOptions } from '../shared/settings';

export function followSettings(ui: LintUi, ctx: ContentScriptContext, documentKey: string): void {
  const unwatchSettings = settingsItem.watch((settings) => {
    ui.update({ provider: backgroundProvider(toCheckOptions(settings)), lang: settings.lang });
  });
  const unwatchIgnored = ignoredItem.watch((all) => {
    ui.update({ ignored: new Set(all[documentKey] ?? []) });
  });
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchIgnored();
  });
}
