/**
 * RuleTester for declarative rules (after ESLint's RuleTester and textlint-tester): runs a rule's
 * inline examples through the real `check()` with only that rule active, and checks the examples
 * themselves (no duplicates, known messageIds, fixable rules state their output).
 */
import { applyFixes, check, renderMessage, type ExtractedDocument, type ReaderNotice } from '@soat/checker';
import { REQUIREMENT_IDS, type ExampleFormat, type RuleFile } from '@soat/rules';
import { describe, expect, it } from 'vitest';

type Options = { expectedParents?: string[]; mode?: 'draft' | 'final' };

function onlyThisRule(rule: RuleFile, options: Options | undefined) {
  return { ...options, profile: rule.meta.profiles[0] } as const;
}

/** The example as a reader would deliver it: plain text, or text with .docx-like formatting. */
function exampleInput(text: string, format: ExampleFormat | undefined): string | ExtractedDocument {
  if (!format) return text;
  const rangeOf = (piece: string) => {
    const start = text.indexOf(piece);
    if (start < 0) throw new Error(`format: "${piece}" is not in the example text`);
    return [start, start + piece.length] as const;
  };
  const paragraphs = (format.paragraphs ?? []).map(({ text: piece, ...style }) => ({
    range: rangeOf(piece),
    ...style,
  }));
  const notices: ReaderNotice[] = (format.conversions ?? []).map(({ text: piece, encoding }) => ({
    ruleId: 'legacy-encoding',
    messageId: encoding,
    severity: 'warning' as const,
    message: { vi: `Đã chuyển ${encoding}.` },
    range: rangeOf(piece),
  }));
  if (format.scannedPages) {
    const pages = format.scannedPages.join(', ');
    notices.push({
      ruleId: 'scanned-pages',
      messageId: 'pages',
      severity: 'warning',
      message: { vi: `Trang ${pages} không có lớp chữ.` },
      range: [0, 0],
      data: { pages },
    });
  }
  return { text, format: 'docx', paragraphs, notices, ...(format.page ? { page: format.page } : {}) };
}

export function runRuleExamples(rule: RuleFile): void {
  const isRequirement = rule.meta.kind === 'requirement';
  describe(rule.id, () => {
    it('has well-formed examples', () => {
      const texts = [
        ...rule.examples.valid.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
        ...rule.examples.invalid.map((v) => JSON.stringify({ text: v.text, options: v.options })),
      ];
      expect(new Set(texts).size, 'duplicate example').toBe(texts.length);
      for (const example of rule.examples.invalid) {
        for (const error of example.errors) expect(Object.keys(rule.messages)).toContain(error.messageId);
        if (rule.meta.fixable)
          expect(example.output, `fixable: state the output of ${JSON.stringify(example.text)}`).toBeDefined();
        if (isRequirement) expect(['warn', 'fail']).toContain(example.status);
      }
      if (isRequirement) expect(REQUIREMENT_IDS).toContain(rule.id);
    });

    rule.examples.valid.forEach((example, i) => {
      const { text, options, description, format } =
        typeof example === 'string'
          ? { text: example, options: undefined, description: undefined, format: undefined }
          : example;
      it(`valid #${i + 1}${description ? `: ${description}` : ''}`, async () => {
        const result = await check(exampleInput(text, format), onlyThisRule(rule, options));
        expect(result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.messageId)).toEqual([]);
        if (isRequirement) {
          expect(['pass', 'not-applicable']).toContain(
            result.requirements[rule.id as (typeof REQUIREMENT_IDS)[number]].status,
          );
        }
      });
    });

    rule.examples.invalid.forEach((example, i) => {
      it(`invalid #${i + 1}${example.description ? `: ${example.description}` : ''}`, async () => {
        const result = await check(exampleInput(example.text, example.format), onlyThisRule(rule, example.options));
        const own = result.findings.filter((f) => f.ruleId === rule.id);
        expect(own.map((f) => f.messageId)).toEqual(example.errors.map((e) => e.messageId));
        example.errors.forEach((error, k) => {
          if (error.range) expect(own[k]!.range, `range of ${error.messageId}`).toEqual(error.range);
        });
        for (const f of own)
          for (const lang of ['vi', 'en'] as const) expect(renderMessage(f, lang)).not.toMatch(/\{\{\w+\}\}/);
        if (isRequirement) {
          expect(result.requirements[rule.id as (typeof REQUIREMENT_IDS)[number]].status).toBe(example.status);
        }
        if (example.output !== undefined) {
          const fixes = own.flatMap((f) => (f.fix ? [f.fix] : []));
          expect(applyFixes(example.text, fixes).output).toBe(example.output);
        }
      });
    });
  });
}
