/** The messages exchanged between the content script, the background and the panels. */
import type { CheckOptions } from '@soat/checker';
import type { RuleValue } from './settings';
import type { CheckScope, LintFinding, LintRequirement, Range } from './report';

/** A finding as the panels show it: with the flagged text and its range in the editor's current text. */
export interface PanelFinding extends LintFinding {
  readonly at: Range;
  readonly snippet: string;
}

/** Which finding the side panel means: the editor's soát applies only fixes and suggestions it found itself. */
export type FindingRef = Pick<PanelFinding, 'ruleId' | 'messageId' | 'at'>;

/** The state of soát in one tab, for the side panel and the popup. */
export interface TabState {
  /** The content script instance (one per frame) the state comes from. */
  readonly frame: string;
  readonly url: string;
  /** Origins of cross-origin iframes in the frame (see src/lint-ui/embedded-sites.ts). */
  readonly embeddedSites: readonly string[];
  readonly surfaceCount: number;
  readonly checking: boolean;
  readonly findings: readonly PanelFinding[];
  readonly requirements: readonly LintRequirement[];
}

export type Message =
  | { readonly type: 'soat:check'; readonly text: string; readonly options: CheckOptions; readonly scope: CheckScope }
  | { readonly type: 'soat:get-state' }
  | { readonly type: 'soat:state-changed'; readonly state: TabState }
  | { readonly type: 'soat:reveal'; readonly frame: string; readonly range: Range }
  /** Side panel → the frame's soát: apply these findings' fixes ("fix all"), or one suggestion of one finding. */
  | {
      readonly type: 'soat:fix';
      readonly frame: string;
      readonly findings: readonly FindingRef[];
      readonly suggestion?: string;
    }
  /** Background → every tab: a site lost its access; each soát asks whether it may go on. */
  | { readonly type: 'soat:access-removed' }
  /** Content script → background: is soát still enabled for this frame's site? */
  | { readonly type: 'soat:still-enabled' }
  /** Content script → background, from the card: set one rule (answers the previous value, for undo). */
  | { readonly type: 'soat:set-rule'; readonly ruleId: string; readonly value: RuleValue }
  /** Content script → background, from the card: ignore one finding on the sender's own document. */
  | { readonly type: 'soat:ignore'; readonly key: string };

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).type === 'string' &&
    (value as Message).type.startsWith('soat:')
  );
}
