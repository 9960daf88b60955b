/**
 * The HTML report's only script, inlined: filters (what is shown is what prints), sorting, search that ignores
 * diacritics, hiding suggestions, collapsing documents, printing the plans to send back, copy buttons. The
 * report reads and prints without it.
 */
export const CLIENT_SCRIPT = `(() => {
  const table = document.getElementById('matrix');
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const texts = new Map(rows.map((r) => [r, fold(r.textContent)]));
  const controls = document.getElementById('controls');
  controls.hidden = false;
  const byId = (id) => document.getElementById(id);
  const q = byId('q'), only = byId('only-failing'), returns = byId('only-return'), period = byId('only-period');
  const unit = byId('unit'), req = byId('req'), shown = byId('shown-count');
  // A filtered-out document leaves the details too: what is shown is what prints.
  const apply = () => {
    const needle = fold(q.value.trim());
    let n = 0;
    for (const r of rows) {
      const d = r.dataset;
      const ok = (!needle || texts.get(r).includes(needle))
        && (!only.checked || d.outcome === 'fail' || d.outcome === 'original' || d.outcome === 'unreadable')
        && (!returns.checked || d.outcome === 'fail')
        && (!period.checked || d.period === 'out')
        && (!unit.value || d.unit === unit.value)
        && (!req.value || d[req.value] === 'fail' || d[req.value] === 'warn');
      r.hidden = !ok;
      const section = byId('doc-' + d.index);
      if (section) section.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = String(n);
  };
  for (const el of [q, only, returns, period, unit, req]) el.addEventListener('input', apply);
  const tools = byId('tools');
  tools.hidden = false;
  const hideInfo = byId('hide-info');
  hideInfo.addEventListener('input', () => document.body.classList.toggle('hide-info', hideInfo.checked));
  const sections = () => document.querySelectorAll('article.doc > details');
  byId('collapse-all').addEventListener('click', () => { for (const d of sections()) d.open = false; });
  byId('expand-all').addEventListener('click', () => { for (const d of sections()) d.open = true; });
  // A link to a collapsed document opens it.
  const openTarget = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const details = target && target.closest('article.doc') && target.closest('article.doc').querySelector(':scope > details');
    if (details) details.open = true;
  };
  addEventListener('hashchange', openTarget);
  openTarget();
  // Print only the plans to send back: the matrix filtered to them and their details, then the previous view.
  byId('print-returns').addEventListener('click', () => {
    const before = returns.checked;
    returns.checked = true;
    apply();
    document.body.classList.add('print-returns');
    addEventListener('afterprint', () => {
      document.body.classList.remove('print-returns');
      returns.checked = before;
      apply();
    }, { once: true });
    print();
  });
  const rank = { unreadable: -1, fail: 0, original: 0.5, warn: 1, pass: 2, 'not-plan': 2.5, 'not-applicable': 3 };
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  for (const th of table.tHead.rows[0].cells) {
    const key = th.dataset.key;
    // The button covers the head rather than holding its text: Chromium prints a button in a repeated header blank.
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.title = table.dataset.sortHint;
    button.setAttribute('aria-label', th.textContent.trim());
    th.append(button);
    button.addEventListener('click', () => {
      const sorted = th.getAttribute('aria-sort');
      const dir = sorted ? (sorted === 'ascending' ? -1 : 1) : th.dataset.first === 'desc' ? -1 : 1;
      for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const value = (r) => r.dataset[key] ?? '';
      const kind = th.dataset.kind;
      const cmp = kind === 'num' ? (a, b) => Number(value(a)) - Number(value(b))
        : kind === 'status' ? (a, b) => (rank[value(a)] ?? 9) - (rank[value(b)] ?? 9)
        : (a, b) => collator.compare(value(a), value(b));
      rows.sort((a, b) => dir * cmp(a, b) || Number(a.dataset.index) - Number(b.dataset.index));
      body.append(...rows);
    });
  }
  for (const button of document.querySelectorAll('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.target).textContent;
      try { await navigator.clipboard.writeText(text); } catch {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(button.dataset.target));
        getSelection().removeAllRanges(); getSelection().addRange(range); document.execCommand('copy');
      }
      button.textContent = button.dataset.done;
    });
  }
  apply();
})();`;
