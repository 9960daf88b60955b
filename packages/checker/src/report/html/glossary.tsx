/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** "Giải thích quy tắc": every rule's explanation and legal source, which the findings link to. */
import { ruleDescriptions } from '@soat/rules/descriptions';
import { rules, type Lang } from '@soat/rules/meta';
import { ruleTitle, SEVERITY_LABELS } from '../model';
import { REPORT_STRINGS } from './strings';

export function Glossary({ lang }: { lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  return (
    <section id="quy-tac">
      <h2>{t.glossary}</h2>
      <dl class="glossary">
        {rules.map((rule) => {
          const d = ruleDescriptions[rule.id]!;
          return (
            <>
              <dt id={`rule-${rule.id}`}>
                {ruleTitle(rule.id, lang)}{' '}
                <span class="loc">
                  ({rule.id} · {SEVERITY_LABELS[lang][rule.meta.severity]})
                </span>
              </dt>
              <dd>
                {(lang === 'en' ? d.en : undefined) ?? d.vi} <i>{`${t.source}: ${rule.meta.docs.source}`}</i>
              </dd>
            </>
          );
        })}
      </dl>
    </section>
  );
}
