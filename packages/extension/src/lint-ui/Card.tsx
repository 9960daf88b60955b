/** @jsxImportSource preact */
/** The card shown for one finding: message, rule title, legal source and the actions. */
import { strings, type Lang } from '../shared/strings';
import type { PlacedFinding } from './surface';

export interface CardProps {
  readonly finding: PlacedFinding;
  readonly lang: Lang;
  onFix(): void;
  onIgnore(): void;
  onTurnOff(): void;
  onClose(): void;
}

export function Card({ finding, lang, onFix, onIgnore, onTurnOff, onClose }: CardProps) {
  const t = strings(lang);
  const fix = finding.fix;
  return (
    <div class={`card ${finding.severity}`} role="dialog" aria-label={finding.title} data-rule={finding.ruleId}>
      <header>
        <span class="severity">{t.severity[finding.severity]}</span>
        <span class="title">{finding.title}</span>
        <button class="close" type="button" title={t.close} aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="message">{finding.message}</p>
      {finding.source && (
        <p class="source">
          {t.source}: {finding.source}
        </p>
      )}
      <div class="actions">
        {fix && (
          <button class="fix" type="button" onClick={onFix}>
            {fix.text ? t.fixTo(fix.text) : t.fixDelete}
          </button>
        )}
        <button class="ignore" type="button" onClick={onIgnore}>
          {t.ignoreHere}
        </button>
        <button class="turn-off" type="button" onClick={onTurnOff}>
          {t.turnOffRule}
        </button>
      </div>
    </div>
  );
}

export const CARD_STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; min-width: 240px; box-sizing: border-box;
  font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-left: 4px solid #d93025; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.card.warning { border-left-color: #e37400; }
.card.info { border-left-color: #1a73e8; }
header { display: flex; align-items: baseline; gap: 8px; }
.severity { font-size: 12px; font-weight: 600; text-transform: uppercase; color: #5f6368; }
.title { flex: 1; font-weight: 600; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #5f6368; }
.message { margin: 6px 0; }
.source { margin: 4px 0 8px; font-size: 12px; color: #5f6368; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button { font: inherit; font-size: 13px; border-radius: 4px; padding: 4px 8px; cursor: pointer;
  border: 1px solid #dadce0; background: #f8f9fa; color: #202124; }
.actions .fix { background: #1a73e8; border-color: #1a73e8; color: #fff; font-weight: 600; }
`;
