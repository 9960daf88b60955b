/** @jsxImportSource preact */
/**
 * All findings, grouped by rule with counts; the same finding repeated (same rule, message id and message: twenty
 * "nhân dân" capitalisation notes) is one line with its count, each click going to the next place, and a
 * "fix all" when every one has a certain fix. A spelling finding offers its suggestions, applied like the card's.
 */
import { useRef } from 'preact/hooks';
import type { PanelFinding } from '../shared/messages';
import type { Range } from '../shared/report';
import { strings, type Lang } from '../shared/strings';

function groupBy(findings: readonly PanelFinding[], key: (f: PanelFinding) => string): [string, PanelFinding[]][] {
  const groups = new Map<string, PanelFinding[]>();
  for (const f of findings) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
  return [...groups];
}

const sameMessage = (f: PanelFinding) => `${f.ruleId}\u0000${f.messageId}\u0000${f.message}`;

interface Props {
  findings: readonly PanelFinding[];
  lang: Lang;
  reveal(range: Range): void;
  /** Apply the findings' certain fixes, or one suggestion of one finding. */
  fix(findings: readonly PanelFinding[], suggestion?: string): void;
}

export function FindingList(props: Props) {
  const t = strings(props.lang);
  // Which place of a repeated finding the next click goes to.
  const next = useRef(new Map<string, number>());
  if (!props.findings.length) return <p class="empty">{t.noFindings}</p>;
  const revealNext = (key: string, items: readonly PanelFinding[]) => {
    const i = (next.current.get(key) ?? 0) % items.length;
    next.current.set(key, i + 1);
    props.reveal(items[i]!.at);
  };
  return (
    <div class="findings">
      {groupBy(props.findings, (f) => f.ruleId).map(([ruleId, items]) => (
        <section key={ruleId} class="group" data-rule={ruleId}>
          <h3>
            {items[0]!.title} <span class="count">{items.length}</span>
          </h3>
          <ul>
            {groupBy(items, sameMessage).map(([key, same]) => {
              const f = same[0]!;
              const certain = same.every((s) => s.fix);
              return (
                <li key={key} class={`finding ${f.severity}`} data-count={same.length}>
                  <button type="button" class="link" onClick={() => revealNext(key, same)}>
                    <span class="severity">{t.severity[f.severity]}</span> <q>{f.snippet}</q>
                    {same.length > 1 && <span class="count">{t.times(same.length)}</span>}
                  </button>
                  <div class="message">{f.message}</div>
                  {(certain || f.suggestions?.length) && (
                    <div class="actions">
                      {certain && (
                        <button type="button" class="fix-all" onClick={() => props.fix(same)}>
                          {same.length > 1 ? t.fixAll(same.length) : t.fix}
                        </button>
                      )}
                      {!certain &&
                        f.suggestions?.map((s) => (
                          <button type="button" class="suggestion" data-text={s} onClick={() => props.fix([f], s)}>
                            {t.fixTo(s)}
                          </button>
                        ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
