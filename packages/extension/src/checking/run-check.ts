/**
 * Runs check() and dresses its result for the UI: messages, rule and requirement titles (the configured
 * requirements' own) and legal sources in the UI language.
 */
import { check, renderMessage, requirementMessage, requirementTitle, type CheckOptions } from '@soat/checker';
import { rulesById } from '@soat/rules/meta';
import type { CheckScope, LintReport } from '../shared/report';
import { concernsOneLine, oneLineOptions } from './one-line';

export async function runCheck(
  text: string,
  options: CheckOptions,
  scope: CheckScope = 'document',
): Promise<LintReport> {
  const line = scope === 'line';
  const result = await check(text, line ? oneLineOptions(options) : options);
  const lang = options.lang ?? 'vi';
  const titleOf = (ruleId: string) => requirementTitle(ruleId, lang, options);
  return {
    findings: (line ? result.findings.filter(concernsOneLine) : result.findings).map((f) => {
      const meta = rulesById.get(f.ruleId)?.meta;
      const source = meta?.docs.source;
      return {
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: renderMessage(f, lang),
        range: f.range,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.suggestions ? { suggestions: f.suggestions } : {}),
        title: titleOf(f.ruleId),
        ...(meta ? { category: meta.category } : {}),
        ...(source ? { source } : {}),
      };
    }),
    // A line has no plan requirements.
    requirements: line
      ? []
      : Object.entries(result.requirements).map(([id, r]) => {
          const message = requirementMessage(id, r, lang);
          return { id, title: titleOf(id), status: r.status, ...(message ? { message } : {}), evidence: r.evidence };
        }),
  };
}
