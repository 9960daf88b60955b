/** @jsxImportSource preact */
/** All findings, grouped by rule with counts; clicking one selects it in the editor. */
import type { PanelFinding } from '../shared/messages';
import type { Range } from '../shared/report';
import { strings, type Lang } from '../shared/strings';

function groupByRule(findings: readonly PanelFinding[]): [string, PanelFinding[]][] {
  const groups = new Map<string, PanelFinding[]>();
  for (const f of findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  return [...groups];
}

export function FindingList(props: { findings: readonly PanelFinding[]; lang: Lang; reveal(range: Range): void }) {
  const t = strings(props.lang);
  if (!props.findings.length) return <p class="empty">{t.noFindings}</p>;
  return (
    <div class="findings">
      {groupByRule(props.findings).map(([ruleId, items]) => (
        <section key={ruleId} class="group" data-rule={ruleId}>
          <h3>
            {items[0]!.title} <span class="count">{items.length}</span>
          </h3>
          <ul>
            {items.map((f) => (
              <li key={`${f.at[0]}-${f.messageId}`} class={`finding ${f.severity}`}>
                <button type="button" class="link" onClick={() => props.reveal(f.at)}>
                  <span class="severity">{t.severity[f.severity]}</span> <q>{f.snippet}</q>
                </button>
                <div class="message">{f.message}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
