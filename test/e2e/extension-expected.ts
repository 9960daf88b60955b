/**
 * What the extension should show for a text, computed here with check(): the plans the editor pages are filled
 * with, the underlines and the requirement statuses. Shared by the Chromium and Firefox end-to-end tests.
 */
import type { CheckResult, Finding } from '@soat/checker';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { visibleRange } from '../../packages/extension/src/lint-ui/surface';
import type { Underlines } from './extension-page';

const PLANS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/editors/plans');

/** A seed plan of fixtures/editors/plans. */
export const plan = (name: string) => readFileSync(path.join(PLANS, `${name}.txt`), 'utf8');

/** What a rich editor holds after pasting a plan: one paragraph per non-empty line, spaces collapsed. */
export const asParagraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The text an underline covers: a DOM Range's text has no line breaks between blocks. */
export function underText(text: string, finding: Pick<Finding, 'range'>, rich: boolean): string {
  const slice = text.slice(...visibleRange(text, finding.range));
  return rich ? slice.replace(/\n/g, '') : slice;
}

/** The underlines check() says the page should show for `text`. */
export function expectedUnderlines(
  text: string,
  result: { readonly findings: readonly Pick<Finding, 'range' | 'severity'>[] },
  rich: boolean,
): Underlines {
  const out: Underlines = { error: [], warning: [], info: [] };
  for (const f of result.findings) out[f.severity].push(underText(text, f, rich));
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Each requirement's status, by id. */
export const statusesOf = (result: CheckResult) =>
  Object.fromEntries(Object.entries(result.requirements).map(([id, r]) => [id, r.status]));
