/**
 * The drafter view: one document, its text with underlines (the extension's highlight layer), the
 * requirements (built-in and configured) as a checklist with their evidence, and the findings grouped by rule with their legal source;
 * repeated findings are collapsed with their count, and a click scrolls the text to the next place.
 */
import type { CheckOptions, CheckResult, Finding, Lang } from '@soat/checker';
import {
  findingTitle,
  messageKey,
  renderMessage,
  requirementMessage,
  ruleMeta,
  SEVERITY_LABELS,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  VERDICT_LABELS,
  type ReportEntry,
} from '@soat/checker/report';
import { useEffect, useRef, useState } from 'preact/hooks';
import { setHighlights } from '../../extension/src/lint-ui/highlights';
import { DropZone } from './DropZone';
import { unpack } from './packed';
import type { CheckPool } from './pool';
import { strings } from './strings';

interface Shown {
  readonly name: string;
  readonly entry: ReportEntry;
  readonly detail?: { readonly text: string; readonly result: CheckResult };
  /** Counts the checks, so that dropping the same file again shows it was checked again. */
  readonly run: number;
}

/** Findings of one rule, the same message collapsed into one line with every place it occurs. */
interface RuleGroup {
  readonly ruleId: string;
  readonly lines: { readonly finding: Finding; readonly places: readonly Finding[] }[];
}

function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, Map<string, { finding: Finding; places: Finding[] }>>();
  for (const f of findings) {
    const lines = groups.get(f.ruleId) ?? new Map<string, { finding: Finding; places: Finding[] }>();
    groups.set(f.ruleId, lines);
    const key = messageKey(f);
    const line = lines.get(key);
    if (line) line.places.push(f);
    else lines.set(key, { finding: f, places: [f] });
  }
  return [...groups].map(([ruleId, lines]) => ({ ruleId, lines: [...lines.values()] }));
}

const OWNER = {};
const ACTIVE_OWNER = {};

export function Drafter({ pool, options, lang }: { pool: CheckPool; options: CheckOptions; lang: Lang }) {
  const t = strings(lang);
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const runs = useRef(0);
  const last = useRef<File | null>(null);

  const checkFile = async (file: File) => {
    last.current = file;
    setBusy(true);
    const checked = await pool.check(file.name, file, { ...options, lang }, true);
    const entry = unpack(checked.entry);
    // A file dropped meanwhile is the one to show, even when this check ends after its own.
    if (last.current !== file) return;
    setShown({
      name: file.name,
      entry,
      ...(checked.detail ? { detail: checked.detail } : {}),
      run: ++runs.current,
    });
    setBusy(false);
  };
  // A new configuration or language: the same file checked again.
  useEffect(() => {
    if (last.current) void checkFile(last.current);
  }, [options, lang]);

  return (
    <section class="drafter" aria-labelledby="drafter-title">
      <h2 id="drafter-title" class="sr">
        {t.drafter}
      </h2>
      <DropZone
        lang={lang}
        multiple={false}
        label={t.dropOne}
        onFiles={(files) => files[0] && void checkFile(files[0].file)}
      />
      <p class="meta">{t.formats}</p>
      <p aria-live="polite" class="meta">
        {busy ? t.checking : ''}
      </p>
      {shown && <DocumentView shown={shown} lang={lang} />}
    </section>
  );
}

function DocumentView({ shown, lang }: { shown: Shown; lang: Lang }) {
  const t = strings(lang);
  const { entry, detail } = shown;
  if (entry.kind === 'unreadable' || !detail) {
    return (
      <article class="doc unreadable" data-document={shown.name} data-run={shown.run}>
        <h3>{shown.name}</h3>
        <p>
          {t.unreadable}: <span data-error>{entry.kind === 'unreadable' ? entry.message : ''}</span>
        </p>
      </article>
    );
  }
  return <CheckedView shown={shown} text={detail.text} result={detail.result} lang={lang} />;
}

function CheckedView({ shown, text, result, lang }: { shown: Shown; text: string; result: CheckResult; lang: Lang }) {
  const t = strings(lang);
  const { entry } = shown;
  const textRef = useRef<HTMLPreElement>(null);
  const cursor = useRef(new Map<Finding, number>());

  useEffect(() => {
    const node = textRef.current?.firstChild;
    if (!(node instanceof Text)) return;
    const at = (f: Finding) =>
      new StaticRange({
        startContainer: node,
        startOffset: f.range[0],
        endContainer: node,
        endOffset: Math.max(f.range[1], Math.min(f.range[0] + 1, node.length)),
      });
    setHighlights(
      document,
      OWNER,
      result.findings.map((f) => ({ kind: f.severity, range: at(f) })),
    );
    setHighlights(document, ACTIVE_OWNER, []);
    return () => setHighlights(document, OWNER, []);
  }, [result]);

  const goTo = (line: { finding: Finding; places: readonly Finding[] }) => {
    const node = textRef.current?.firstChild;
    if (!(node instanceof Text)) return;
    const i = cursor.current.get(line.finding) ?? 0;
    cursor.current.set(line.finding, (i + 1) % line.places.length);
    const f = line.places[i]!;
    const range = document.createRange();
    range.setStart(node, Math.min(f.range[0], node.length));
    range.setEnd(node, Math.min(Math.max(f.range[1], f.range[0] + 1), node.length));
    setHighlights(document, ACTIVE_OWNER, [{ kind: 'active', range: new StaticRange(range) }]);
    const box = textRef.current!;
    const rect = range.getBoundingClientRect();
    box.scrollTop += rect.top - box.getBoundingClientRect().top - box.clientHeight / 3;
    box.scrollIntoView({ block: 'nearest' });
  };

  return (
    <article class={`doc ${entry.verdict}`} data-document={shown.name} data-run={shown.run}>
      <h3>
        <span class={`badge ${entry.verdict}`}>{VERDICT_LABELS[lang][entry.verdict]}</span>
        {shown.name}
      </h3>
      <p class="meta">
        {t.documentType}: {result.documentTypeName ?? '—'} ({result.documentType})
        {result.plan.number ? ` · ${result.plan.number}` : ''}
        {result.plan.issuer ? ` · ${result.plan.issuer}` : ''}
      </p>
      <div class="drafter-grid">
        <div>
          <h4>{t.requirements}</h4>
          <ul class="checklist">
            {Object.entries(result.requirements).map(([id, r]) => (
              <li key={id} data-requirement={id} data-status={r.status} class={`st ${r.status}`}>
                <b>
                  {STATUS_SYMBOLS[r.status]} {findingTitle(entry, id, lang)}
                </b>{' '}
                <span class="loc">({STATUS_LABELS[lang][r.status]})</span>
                {r.messageId && <p>{requirementMessage(id, r, lang)}</p>}
                {r.evidence.slice(0, 3).map((e) => (
                  <blockquote key={e.range[0]}>{e.text}</blockquote>
                ))}
              </li>
            ))}
          </ul>
          <h4>
            {t.findings} ({result.findings.length})
          </h4>
          {result.findings.length === 0 && <p class="meta">{t.noFindings}</p>}
          {groupByRule(result.findings).map((group) => (
            <details key={group.ruleId} open class="rule-group">
              <summary>
                {findingTitle(entry, group.ruleId, lang)} <span class="loc">({group.ruleId})</span>
              </summary>
              <p class="why">
                {t.source}: {ruleMeta(group.ruleId)?.meta.docs.source ?? '—'}
              </p>
              <ul class="findings">
                {group.lines.map((line) => (
                  <li key={line.finding.range[0]} data-finding data-rule={group.ruleId} data-count={line.places.length}>
                    <button type="button" onClick={() => goTo(line)}>
                      <span class={`sev ${line.finding.severity}`}>{SEVERITY_LABELS[lang][line.finding.severity]}</span>
                      {renderMessage(line.finding, lang)}
                      {line.places.length > 1 && (
                        <span class="count">
                          {' '}
                          × {line.places.length} {t.times}
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
        <div>
          <h4>{t.text}</h4>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled from the keyboard */}
          <pre class="doc-text" ref={textRef} tabIndex={0}>
            {text}
          </pre>
        </div>
      </div>
    </article>
  );
}
