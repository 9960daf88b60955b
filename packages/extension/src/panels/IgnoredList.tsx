/** @jsxImportSource preact */
/** The findings ignored on the tab's document ("Bỏ qua chỗ này"), each with a button to restore it. */
import { rulesById } from '@soat/rules/meta';
import { parseIgnoreKey } from '../lint-ui/ignore-keys';
import { unignoreOnDocument } from '../shared/settings';
import { strings, type Lang } from '../shared/strings';

export function IgnoredList(props: { documentKey: string; keys: readonly string[]; lang: Lang }) {
  const t = strings(props.lang);
  if (!props.keys.length) return null;
  return (
    <section class="ignored">
      <h2>
        {t.ignoredTitle} <span class="count">{props.keys.length}</span>
      </h2>
      <ul>
        {props.keys.map(parseIgnoreKey).map((item) => {
          const title = rulesById.get(item.ruleId)?.meta.docs.title;
          return (
            <li key={item.key} class="ignored-item" data-rule={item.ruleId}>
              <q>{item.snippet}</q>{' '}
              <span class="message">{(props.lang === 'en' && title?.en) || title?.vi || item.ruleId}</span>
              {item.occurrence > 1 && <span class="count">{t.occurrence(item.occurrence)}</span>}{' '}
              <button
                type="button"
                class="link restore"
                onClick={() => void unignoreOnDocument(props.documentKey, item.key)}
              >
                {t.restore}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
