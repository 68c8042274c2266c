// The panels under Generate: month workflow (approval, statements, what-if, appeals), old month tabs, BigQuery calls.
import type { ServerClient } from './client.js';
import { byId, replaceChildren } from './dom.js';
import { t, type Lang } from './i18n.js';
import {
  renderAppeal, renderApprovalStatus, renderApproved, renderCallTable, renderCallTableTest, renderCompare, renderMonthTabs,
  renderRemoved, renderStatements, renderUnlocked, type MonthTabList,
} from './panels.js';

/** What the page lends the panels: its language and month, the preset chosen, and its error path. */
export interface ToolsHost {
  lang(): Lang;
  month(): string;
  preset(): string;
  /** Runs a request with the page's error line cleared first and set on failure (then re-rendered); null on failure. */
  run<T>(request: () => Promise<T>): Promise<T | null>;
}

/** A result area and what it shows, redrawn when the language changes. */
type Slot = 'status' | 'approve' | 'statements' | 'compare' | 'appeal' | 'tabs' | 'removed' | 'bq' | 'bqTest';
const SLOT_IDS: Record<Slot, string> = {
  status: 'wf-status-result', approve: 'wf-approve-result', statements: 'wf-statements-result', compare: 'wf-compare-result',
  appeal: 'wf-appeal-result', tabs: 'tabs-result', removed: 'tabs-removed', bq: 'bq-current', bqTest: 'bq-test-result',
};

export function setupTools(host: ToolsHost, client: ServerClient): { render(): void } {
  const input = (id: string) => byId<HTMLInputElement>(id);
  const shown = new Map<Slot, (lang: Lang) => Node | string>();
  /** The question an irreversible action asks first, in its confirm box; null when none is open. */
  let confirming: { box: 'unlock' | 'remove'; text: (lang: Lang) => string } | null = null;
  let tabList: MonthTabList | null = null;
  const selected = new Set<string>();
  const confirmBoxes = { unlock: byId('wf-unlock-confirm'), remove: byId('tabs-confirm') };

  function render(): void {
    const lang = host.lang();
    for (const [slot, id] of Object.entries(SLOT_IDS) as [Slot, string][]) {
      const draw = shown.get(slot);
      replaceChildren(byId(id), draw ? draw(lang) : null);
    }
    for (const [box, el] of Object.entries(confirmBoxes)) {
      el.hidden = confirming?.box !== box;
      replaceChildren(byId(`${box === 'unlock' ? 'wf-unlock' : 'tabs'}-confirm-text`), confirming?.box === box ? confirming.text(lang) : null);
    }
  }

  /** One action: its button disabled while the server works, the result drawn into its slot, errors on the page's line. */
  function action<T>(buttonId: string, slot: Slot, request: () => Promise<T>, draw: (lang: Lang, value: T) => Node | string, after?: (value: T) => void): void {
    const button = byId<HTMLButtonElement>(buttonId);
    button.addEventListener('click', () => {
      if (button.disabled) return;
      confirming = null;
      // A result area is emptied while its action runs; the lists of what is there stay until the new one comes.
      if (slot !== 'bq' && slot !== 'tabs') shown.delete(slot);
      render();
      button.disabled = true;
      void host.run(request).then((value) => {
        button.disabled = false;
        if (value !== null) {
          shown.set(slot, (lang) => draw(lang, value));
          after?.(value);
        }
        render();
      });
    });
  }

  /** A button that opens a confirm box (whose Confirm button is the action); text null: nothing to ask. */
  function confirmFirst(buttonId: string, box: 'unlock' | 'remove', text: () => ((lang: Lang) => string) | null): void {
    byId(buttonId).addEventListener('click', () => {
      const ask = text();
      confirming = ask ? { box, text: ask } : null;
      render();
    });
  }

  // Month workflow.
  action('wf-status', 'status', () => client.approvalStatus(host.month(), host.preset()), renderApprovalStatus);
  action('wf-approve', 'approve', () => client.approveMonth(host.month(), input('wf-by').value.trim(), host.preset()), renderApproved);
  confirmFirst('wf-unlock', 'unlock', () => { const month = host.month(); return (lang) => t(lang, 'unlockAsk', { month }); });
  action('wf-unlock-yes', 'approve', () => client.unlockMonth(host.month()), renderUnlocked);
  action('wf-statements', 'statements', () => client.writeStatements(host.month(), host.preset(), input('wf-team').value.trim()), renderStatements);
  action('wf-compare', 'compare', () => client.comparePolicy(host.month(), input('wf-draft').value.trim(), host.preset()), renderCompare);
  action('wf-appeal', 'appeal', () => client.fileAppeal(host.month(), Number(input('wf-appeal-row').value),
    input('wf-appeal-reason').value.trim(), input('wf-appeal-pay').value), renderAppeal);

  // Old month tabs: listed when the panel is opened and after a removal.
  const drawTabs = (lang: Lang, list: MonthTabList) => renderMonthTabs(lang, list, selected);
  const keepList = (list: MonthTabList) => {
    tabList = list;
    for (const m of [...selected]) if (!list.months.some((x) => x.month === m)) selected.delete(m);
  };
  action('tabs-list', 'tabs', () => client.listMonthTabs(), drawTabs, keepList);
  byId('tabs-result').addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const month = box.dataset.month;
    if (!month) return;
    if (box.checked) selected.add(month); else selected.delete(month);
  });
  confirmFirst('tabs-remove', 'remove', () => {
    if (selected.size === 0) return null;
    const months = [...selected].sort().join(', ');
    const key = input('tabs-archive').checked ? 'removeAskArchive' : 'removeAsk';
    return (lang) => t(lang, key, { months });
  });
  // Nothing ticked: say so where the question would be, with nothing to confirm.
  byId('tabs-remove').addEventListener('click', () => {
    if (selected.size > 0) return;
    confirming = null;
    shown.set('removed', (lang) => t(lang, 'removeNone'));
    render();
  });
  action('tabs-confirm-yes', 'removed', () => client.removeMonthTabs([...selected].sort(), input('tabs-archive').checked), renderRemoved,
    () => { selected.clear(); byId('tabs-list').click(); });
  byId<HTMLDetailsElement>('tabs-panel').addEventListener('toggle', (event) => {
    if ((event.target as HTMLDetailsElement).open && tabList === null) byId('tabs-list').click();
  });

  // Call records in BigQuery: the table set is shown when the panel opens.
  action('bq-save', 'bq', () => client.setCallTable(input('bq-table').value.trim()), renderCallTable);
  action('bq-clear', 'bq', () => client.setCallTable(null), renderCallTable, () => { input('bq-table').value = ''; });
  action('bq-test', 'bqTest', () => client.testCallTable(input('bq-table').value.trim() || null), renderCallTableTest);
  action('bq-load', 'bq', () => client.getCallTable(), renderCallTable, (c) => { if (c.table && !input('bq-table').value) input('bq-table').value = c.table; });
  byId<HTMLDetailsElement>('bq-panel').addEventListener('toggle', (event) => {
    if ((event.target as HTMLDetailsElement).open && !shown.has('bq')) byId('bq-load').click();
  });

  // The unlock question names the month it was asked for: another month chosen closes it unanswered.
  byId('month').addEventListener('input', () => { if (confirming?.box === 'unlock') { confirming = null; render(); } });
  for (const no of ['wf-unlock-no', 'tabs-confirm-no']) byId(no).addEventListener('click', () => { confirming = null; render(); });
  return { render };
}
