import { backgroundProvider } from '../src/checking/background-provider';
import { followSettings } from '../src/features/live-settings';
import { bridgeToPanels } from '../src/features/panel-bridge';
import { stopWhenDisabled } from '../src/features/stop-when-disabled';
import { isGoogleDocs } from '../src/docs/annotated-text';
import { watchDocument } from '../src/lint-ui/detect';
import { DocsSurface } from '../src/lint-ui/docs-surface';
import { LintUi } from '../src/lint-ui/lint-ui';
import { SURFACE_KINDS } from '../src/lint-ui/surface-kinds';
import { askToIgnore, askToSetRule } from '../src/features/card-requests';
import { documentKey, ignoredItem, settingsItem, toCheckOptions } from '../src/shared/settings';

/** Registered at runtime, only for the sites the user enabled (see src/background/site-access.ts). */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    // A frame whose parent we can reach is handled by the parent's soát (src/lint-ui/detect.ts).
    if (window.frameElement) return;
    const document_ = documentKey(location.href);
    const [settings, ignored] = await Promise.all([settingsItem.getValue(), ignoredItem.getValue()]);
    let publish = () => {};
    const ui = new LintUi(document, {
      provider: backgroundProvider(toCheckOptions(settings)),
      lang: settings.lang,
      pauseMs: 300,
      ignored: new Set(ignored[document_] ?? []),
      ignore: askToIgnore,
      setRule: askToSetRule,
      changed: () => publish(),
    });
    publish = bridgeToPanels(ui, ctx);
    followSettings(ui, ctx, document_);
    stopWhenDisabled(ctx);
    // Google Docs paints on a canvas: read it through the annotated text, not its hidden editables.
    if (isGoogleDocs(location.href)) ui.attach(new DocsSurface(document.body));
    else watchDocument(document, SURFACE_KINDS, ui, ctx.signal);
    ctx.onInvalidated(() => ui.dispose());
  },
});
