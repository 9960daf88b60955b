/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** "Chi tiết từng văn bản": one collapsible section per document. */
import type { Lang } from '@soat/rules';
import {
  describeLocation,
  OUTCOME_LABELS,
  ruleMeta,
  ruleTitle,
  SEVERITY_LABELS,
  shownDate,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  suggestionNote,
  type CheckedEntry,
  type MatrixRow,
  type Quote,
  type ReportEntry,
} from '../model';
import { renderMessage, requirementMessage } from '../../render';
import { comparisonText, type ComparedFinding, type Comparison } from '../compare';
import { sendBackText } from '../sendback';
import { getsLetter, letterName } from '../letters';
import { artifactUri } from '../../formatters/sarif';
import { groupFindings, shortPath, sourceHref, type FindingGroup, type SectionLinks } from './data';
import { REPORT_STRINGS } from './strings';

/** Places named in a grouped finding's first line; the rest are in its list. */
const PLACES_SHOWN = 3;

function QuoteView({ quote }: { quote: Quote }) {
  return (
    <blockquote>
      {quote.before}
      {quote.match ? <mark>{quote.match}</mark> : <mark class="point">‸</mark>}
      {quote.after}
    </blockquote>
  );
}

/** The rule's title and legal source, linked to its explanation in the glossary (written once, at the end). */
function RuleReference({ ruleId, lang }: { ruleId: string; lang: Lang }) {
  const meta = ruleMeta(ruleId);
  if (!meta) return null;
  return (
    <p class="why">
      <a href={`#rule-${ruleId}`}>{ruleTitle(ruleId, lang)}</a> · {REPORT_STRINGS[lang].source}: {meta.meta.docs.source}
    </p>
  );
}

/** A finding once, with "×N" and the list of its places when it occurs more than once. */
function FindingItem({ group, lang }: { group: FindingGroup; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  const { first: f, places } = group;
  const note = suggestionNote(f.suggestions, lang);
  const many = places.length > 1;
  const where = many
    ? `${places.length} ${t.places}: ${places
        .slice(0, PLACES_SHOWN)
        .map((p) => describeLocation(p, lang))
        .join('; ')}${places.length > PLACES_SHOWN ? '; …' : ''}`
    : describeLocation(f, lang);
  return (
    <li class={`f ${f.severity}`}>
      <p>
        <span class={`sev ${f.severity}`}>{SEVERITY_LABELS[lang][f.severity]}</span>
        {renderMessage(f, lang)}
        {note && <span class="suggest"> ({note})</span>}
        {many && <span class="count">×{places.length}</span>} <span class="loc">— {where}</span>
      </p>
      <QuoteView quote={f.quote} />
      {many && (
        <details class="places">
          <summary>{`${places.length} ${t.places}`}</summary>
          <ol class="places">
            {places.map((p) => (
              <li>
                <span class="loc">{describeLocation(p, lang)}</span>
                <QuoteView quote={p.quote} />
              </li>
            ))}
          </ol>
        </details>
      )}
      <RuleReference ruleId={f.ruleId} lang={lang} />
    </li>
  );
}

function RequirementsTable({ entry, lang }: { entry: CheckedEntry; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  // The entry's own requirements, in the model's order: configured requirements come with it, titled.
  return (
    <table class="reqs">
      <thead>
        <tr>
          <th>{t.requirement}</th>
          <th>{t.result}</th>
          <th>{t.note}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(entry.requirements).map(([id, r]) => (
          <tr>
            <td>
              {r.title}
              <br />
              <span class="loc">{ruleMeta(id)?.meta.docs.source ?? id}</span>
            </td>
            <td class={`st ${r.status}`}>
              {STATUS_SYMBOLS[r.status]} {STATUS_LABELS[lang][r.status]}
            </td>
            <td>
              {requirementMessage(id, r, lang)}
              {r.quote && <QuoteView quote={r.quote} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Findings({ entry, lang }: { entry: CheckedEntry; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  if (entry.findings.length === 0) return <p class="meta">{t.noFindings}</p>;
  return (
    <>
      <h4>{`${t.findings} (${entry.findings.length})`}</h4>
      <ol class="findings">
        {groupFindings(entry.findings).map((group) => (
          <FindingItem group={group} lang={lang} />
        ))}
      </ol>
    </>
  );
}

function SendBack({ entry, index, lang }: { entry: ReportEntry; index: number; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  const letter = sendBackText(entry);
  if (!letter) return null;
  return (
    <div class="sendback">
      <h4>
        {entry.verdict === 'warn' ? t.notes : t.sendBack}{' '}
        <button class="copy" type="button" data-target={`sb-${index}`} data-done={t.copied} hidden>
          {t.copy}
        </button>
      </h4>
      <pre id={`sb-${index}`}>{letter}</pre>
    </div>
  );
}

function DocumentBody({ entry, lang }: { entry: ReportEntry; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  if (entry.kind === 'unreadable') {
    return (
      <p>
        {`${t.unreadable}: ${entry.message}`} <span class="loc">({entry.code})</span>
      </p>
    );
  }
  const meta = [
    `${t.unit}: ${entry.plan.issuer ?? t.none}`,
    `${t.number}: ${entry.plan.number ?? t.none}`,
    `${t.date}: ${shownDate(entry.plan.date, lang) || t.none}`,
    `${t.type}: ${entry.documentTypeName ?? t.none} (${entry.documentType})`,
  ].join(' · ');
  const clean = entry.verdict === 'pass' && entry.findings.length === 0;
  return (
    <>
      <p class="meta">{meta}</p>
      {clean && <p class="meta">{t.allMet}</p>}
      <RequirementsTable entry={entry} lang={lang} />
      {!clean && <Findings entry={entry} lang={lang} />}
    </>
  );
}

/** What changed since the previous run: its findings fixed, remaining, and the new ones. */
function ComparisonView({ comparison, lang }: { comparison: Comparison; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  const items = (cls: string, label: string, findings: readonly ComparedFinding[]) =>
    findings.map((f) => (
      <li class={cls}>
        {`${label}: `}
        {f.message}
      </li>
    ));
  return (
    <div class="compare">
      <h4>{`${t.compared} (${comparison.previousPath}): ${comparisonText(comparison, lang)}`}</h4>
      <ul class="cmp-list">
        {items('fixed', t.fixedItems, comparison.fixed)}
        {items('remaining', t.remainingItems, comparison.remaining)}
        {items('new', t.newItems, comparison.added)}
      </ul>
    </div>
  );
}

export interface DocumentSectionProps extends SectionLinks {
  readonly entry: ReportEntry;
  readonly row: MatrixRow;
  readonly lang: Lang;
  readonly base: string;
}

/** One document: requirements, findings grouped and sorted by severity, the send-back text; collapsible. */
export function DocumentSection({
  entry,
  row,
  lang,
  base,
  sourceRoot,
  lettersRoot,
  matrixLink = true,
}: DocumentSectionProps) {
  const t = REPORT_STRINGS[lang];
  const source = sourceHref(entry.path, sourceRoot);
  const letter = lettersRoot && getsLetter(entry) ? artifactUri(lettersRoot + letterName(row.index, entry.path)) : null;
  return (
    <article class={`doc ${entry.verdict}`} id={`doc-${row.index}`}>
      <details open>
        <summary>
          <h3>
            <span class={`badge ${row.outcome}`}>{OUTCOME_LABELS[lang][row.outcome]}</span>
            {`${row.index}. `}
            <span class="file">{shortPath(entry.path, base)}</span>
          </h3>
        </summary>
        <p class="doc-links">
          {matrixLink && (
            <a class="back" href={`#m-${row.index}`}>
              {t.backToMatrix}
            </a>
          )}
          {source && (
            <a class="source" href={source}>
              {t.openSource}
            </a>
          )}
          {letter && (
            <a class="letter" href={letter}>
              {t.openLetter}
            </a>
          )}
        </p>
        {row.comparison && <ComparisonView comparison={row.comparison} lang={lang} />}
        <DocumentBody entry={entry} lang={lang} />
        <SendBack entry={entry} index={row.index} lang={lang} />
      </details>
    </article>
  );
}
