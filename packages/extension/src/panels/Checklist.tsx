/** @jsxImportSource preact */
/** The plan requirements (the built-in ones, then those of the settings) as a checklist with the evidence found for each. */
import type { LintRequirement, Range } from '../shared/report';
import { STATUS_ICONS, strings, type Lang } from '../shared/strings';

export function Checklist(props: { requirements: readonly LintRequirement[]; lang: Lang; reveal(range: Range): void }) {
  const t = strings(props.lang);
  return (
    <ul class="checklist">
      {props.requirements.map((r) => (
        <li key={r.id} class={`requirement ${r.status}`} data-requirement={r.id} data-status={r.status}>
          <span class="icon" role="img" aria-label={t.status[r.status]} title={t.status[r.status]}>
            {STATUS_ICONS[r.status]}
          </span>
          <div class="body">
            <div class="title">{r.title}</div>
            {r.message && <div class="message">{r.message}</div>}
            {r.evidence.length > 0 && (
              <ul class="evidence" aria-label={t.evidence}>
                {r.evidence.map((e) => (
                  <li key={`${e.range[0]}-${e.range[1]}`}>
                    <button type="button" class="link" onClick={() => props.reveal(e.range)}>
                      {e.text}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
