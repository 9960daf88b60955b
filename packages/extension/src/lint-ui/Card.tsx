/** @jsxImportSource preact */
/** The card shown for one finding: message, rule title, legal source and the actions. */
import { strings, type Lang } from '../shared/strings';
import type { PlacedFinding } from './surface';

export interface CardProps {
  readonly finding: PlacedFinding;
  /** The corrected words the fix button shows (see `fixPreview`). */
  readonly preview: string;
  /** The finding's suggestions (best first) and the corrected words each one's button shows. */
  readonly suggestions: readonly { readonly text: string; readonly preview: string }[];
  /** Which of the findings on this place the card shows (index from 0), and how many there are. */
  readonly position: { readonly index: number; readonly count: number };
  readonly lang: Lang;
  /** Apply the certain fix, or (with its text) one of the suggestions. */
  onFix(suggestion?: string): void;
  onIgnore(): void;
  onTurnOff(): void;
  onPrevious(): void;
  onNext(): void;
  onClose(): void;
}

/**
 * A handler that acts only on the user's own input: a page script can dispatch clicks (`isTrusted` false) but
 * must never fix, ignore or turn off anything through soát.
 */
export function trusted(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}

export function Card({
  finding,
  preview,
  suggestions,
  position,
  lang,
  onFix,
  onIgnore,
  onTurnOff,
  onPrevious,
  onNext,
  onClose,
}: CardProps) {
  const t = strings(lang);
  const fix = finding.fix;
  return (
    <div class={`card ${finding.severity}`} role="dialog" aria-label={finding.title} data-rule={finding.ruleId}>
      <header>
        <span class="severity">{t.severity[finding.severity]}</span>
        <span class="title">{finding.title}</span>
        {position.count > 1 && (
          <span class="stepper">
            <button
              class="previous"
              type="button"
              title={t.previous}
              aria-label={t.previous}
              onClick={trusted(onPrevious)}
            >
              ‹
            </button>
            <span class="position">{`${position.index + 1}/${position.count}`}</span>
            <button class="next" type="button" title={t.next} aria-label={t.next} onClick={trusted(onNext)}>
              ›
            </button>
          </span>
        )}
        <button class="close" type="button" title={t.close} aria-label={t.close} onClick={trusted(onClose)}>
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
          <button class="fix" type="button" onClick={trusted(() => onFix())}>
            {fix.text && preview ? t.fixTo(preview) : t.fixDelete}
          </button>
        )}
        {suggestions.map((s) => (
          <button class="suggestion" type="button" data-text={s.text} onClick={trusted(() => onFix(s.text))}>
            {t.fixTo(s.preview)}
          </button>
        ))}
        <button class="ignore" type="button" onClick={trusted(onIgnore)}>
          {t.ignoreHere}
        </button>
        <button class="turn-off" type="button" onClick={trusted(onTurnOff)}>
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
.stepper { display: flex; align-items: baseline; gap: 2px; font-size: 12px; color: #5f6368; white-space: nowrap; }
.stepper button { border: 0; background: none; font-size: 16px; line-height: 1; cursor: pointer; color: #5f6368; padding: 0 4px; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #5f6368; }
.message { margin: 6px 0; }
.source { margin: 4px 0 8px; font-size: 12px; color: #5f6368; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button { font: inherit; font-size: 13px; border-radius: 4px; padding: 4px 8px; cursor: pointer;
  border: 1px solid #dadce0; background: #f8f9fa; color: #202124; }
.actions .fix, .actions .suggestion:first-child { background: #1a73e8; border-color: #1a73e8; color: #fff; font-weight: 600; }
.notice { position: fixed; z-index: 2147483647; bottom: 16px; left: 50%; transform: translateX(-50%);
  display: flex; gap: 12px; align-items: baseline; font: 14px/1.45 system-ui, "Segoe UI", Roboto, sans-serif;
  color: #fff; background: #202124; border-radius: 6px; padding: 8px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.notice button { font: inherit; font-weight: 600; color: #8ab4f8; background: none; border: 0; cursor: pointer; }
`;

export interface NoticeProps {
  readonly text: string;
  readonly action: string;
  onAction(): void;
}

/** A short notice with one action ("Rule turned off. Undo"). */
export function Notice({ text, action, onAction }: NoticeProps) {
  return (
    <div class="notice" role="status">
      <span>{text}</span>
      <button class="undo" type="button" onClick={trusted(onAction)}>
        {action}
      </button>
    </div>
  );
}
