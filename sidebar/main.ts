// The sidebar page: loads the state, runs Check data and Generate one at a time, and follows the chosen language.
import {
  createClient, errorText, isKilled, type CheckResult, type GenerateResult, type PolicySheetResult, type ReportStep, type SidebarState,
} from './client.js';
import { byId, h, replaceChildren } from './dom.js';
import { MESSAGES, parseLang, presetName, t, type Lang, type MessageKey } from './i18n.js';
import { setupTools } from './tools.js';
import { monthHint, renderIssues, renderSteps, renderSummary } from './view.js';

const LANG_KEY = 'callboard.lang';
/** How often the waiting list moves to its next expected step, ms. */
const STEP_MS = 1500;
const CHECK_STEPS: MessageKey[] = ['stepRead', 'stepCheck'];
const GENERATE_STEPS: MessageKey[] = ['stepRead', 'stepCheck', 'stepCompute', 'stepWrite'];
const POLICY_STEPS: MessageKey[] = ['stepPolicy', 'stepRead'];
/** Executions in a row that Google may kill before the page stops resuming and says so. */
const MAX_RESUMES = 3;

const client = createClient();
const ui = {
  lang: byId<HTMLButtonElement>('lang'),
  month: byId<HTMLInputElement>('month'),
  monthsHint: byId('months-hint'),
  policy: byId('policy'),
  preset: byId<HTMLSelectElement>('preset'),
  check: byId<HTMLButtonElement>('check'),
  generate: byId<HTMLButtonElement>('generate'),
  policyPreset: byId<HTMLSelectElement>('policy-preset'),
  insertPolicy: byId<HTMLButtonElement>('insert-policy'),
  policyConfirm: byId('policy-confirm'),
  policyConfirmText: byId('policy-confirm-text'),
  policyReplace: byId<HTMLButtonElement>('policy-replace'),
  policyCancel: byId<HTMLButtonElement>('policy-cancel'),
  policyResult: byId('policy-result'),
  progress: byId('progress'),
  steps: byId('steps'),
  elapsed: byId('elapsed'),
  error: byId('error'),
  issues: byId('issues'),
  summary: byId('summary'),
};

let lang: Lang = 'zh';
let state: SidebarState | null = null;
let busy = false;
let lastCheck: CheckResult | null = null;
let lastReport: { month: string; result: GenerateResult } | null = null;
let lastError: unknown = null;
/** The issues of a blocked Generate, as its result carries them: shown in place of any figure. */
let blocked: { report: { month: string; result: GenerateResult }; issues: CheckResult | null } | null = null;
/** The Policy sheet that Insert would replace, while the page asks whether to. */
let confirming: { preset: string; sheet: string } | null = null;
let lastPolicy: PolicySheetResult | null = null;
/** The waiting list: which steps, the one under way (steps.length = all done) and when it started. */
let progress: { steps: MessageKey[]; active: number; started: number } | null = null;
/** The report job being written (rows and tabs done), and one left unfinished that Generate continues. */
let job: ReportStep | null = null;
let pendingJob: { jobId: string; month: string } | null = null;
/** Set while an execution Google killed is being resumed. */
let resuming = false;
const tools = setupTools({ lang: () => lang, month: () => ui.month.value, preset: () => ui.preset.value, run: runTool }, client);

/** localStorage is missing or throws in some sandboxed frames; the choice is then kept for this page only. */
function storedLang(): Lang | null {
  try { return parseLang(window.localStorage.getItem(LANG_KEY)); } catch { return null; }
}
function storeLang(value: Lang): void {
  try { window.localStorage.setItem(LANG_KEY, value); } catch { /* not available: keep it in memory */ }
}

/** The failure in the current language when it is the page's own; the server's text as it came otherwise. */
function describe(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (code === 'no-server') return t(lang, 'noServer');
  // Google's raw time-out text: say what happened and that Generate continues from the saved progress.
  return isKilled(error) ? t(lang, 'killed') : errorText(error);
}

function render(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const key = el.dataset.i18n as MessageKey;
    if (!(key in MESSAGES[lang])) throw new Error(`sidebar: no string "${key}"`, { cause: { code: 'missing-string' } });
    el.textContent = t(lang, key);
  });
  ui.lang.setAttribute('aria-label', t(lang, 'langSwitchLabel'));
  document.title = t(lang, 'title');
  if (state) {
    const p = state.policy;
    const source = p.source === 'sheet' && p.sheetName !== null ? t(lang, 'policyFromSheet', { sheet: p.sheetName }) : t(lang, 'policyFromPreset');
    ui.policy.textContent = t(lang, 'policySource', { policy: t(lang, 'policyVersion', { name: p.name[lang], id: p.id, version: p.version }), source });
    ui.monthsHint.textContent = monthHint(lang, ui.month.value, state.months);
    ui.monthsHint.dataset.nodata = String(!state.months.includes(ui.month.value));
    const chosen = ui.preset.value;
    // Options show the preset's name in the page's language; their value stays the id the server takes.
    replaceChildren(ui.preset, h('option', { value: '' }, t(lang, 'presetInForce')),
      ...state.presets.map((id) => h('option', { value: id }, presetName(lang, id))));
    ui.preset.value = chosen;
    const policyPreset = ui.policyPreset.value || (state.presets.includes(p.id) ? p.id : state.presets[0]);
    replaceChildren(ui.policyPreset, ...state.presets.map((id) => h('option', { value: id }, presetName(lang, id))));
    ui.policyPreset.value = policyPreset;
  } else {
    ui.policy.textContent = t(lang, 'loading');
  }
  ui.error.textContent = lastError === null ? '' : t(lang, 'errorPrefix') + describe(lastError);
  ui.policyConfirm.hidden = confirming === null;
  ui.policyConfirmText.textContent = confirming ? t(lang, 'policyExistsAsk', { sheet: confirming.sheet, preset: presetName(lang, confirming.preset) }) : '';
  ui.policyResult.textContent = lastPolicy ? t(lang, 'policyInserted', { ...lastPolicy, preset: presetName(lang, lastPolicy.preset) }) : '';
  ui.issues.hidden = lastCheck === null;
  if (lastCheck) replaceChildren(ui.issues, renderIssues(lang, lastCheck));
  ui.summary.hidden = lastReport === null;
  if (lastReport) {
    replaceChildren(ui.summary, renderSummary(lang, lastReport.month, lastReport.result,
      blocked?.report === lastReport ? blocked.issues : null));
  }
  tools.render();
  drawProgress();
  setBusy(busy);
}

/** One request of the panels under Generate: the error line cleared first, set on failure; null on failure. */
async function runTool<T>(request: () => Promise<T>): Promise<T | null> {
  lastError = null;
  ui.error.textContent = '';
  try {
    return await request();
  } catch (error) {
    lastError = error;
    return null;
  } finally {
    render();
  }
}

function setBusy(value: boolean): void {
  busy = value;
  const blocked = value || state === null;
  ui.check.disabled = blocked;
  ui.generate.disabled = blocked;
  ui.month.disabled = blocked;
  ui.preset.disabled = blocked;
  for (const el of [ui.policyPreset, ui.insertPolicy, ui.policyReplace, ui.policyCancel]) el.disabled = blocked;
  document.body.setAttribute('aria-busy', String(value));
}

function drawProgress(): void {
  ui.progress.hidden = progress === null;
  if (!progress) return;
  const { steps, active, started } = progress;
  replaceChildren(ui.steps, ...renderSteps(lang, steps, active));
  const rows = job && !job.done
    ? ` ${t(lang, 'progressRows', { rows: job.rowsWritten, total: job.rowsTotal, tabs: job.tabsDone, tabsTotal: job.tabsTotal })}`
    : '';
  ui.elapsed.textContent = active >= steps.length ? t(lang, 'stepDone')
    : `${t(lang, resuming ? 'resumeAfterKill' : 'busy')}${rows} ${t(lang, 'elapsed', { s: Math.floor((Date.now() - started) / 1000) })}`;
}

/** Runs one server request with the waiting steps shown; a second click while busy is ignored. */
async function withProgress<T>(steps: MessageKey[], request: () => Promise<T>): Promise<T | null> {
  if (busy) return null;
  setBusy(true);
  lastError = null;
  ui.error.textContent = '';
  const current = { steps, active: 0, started: Date.now() };
  progress = current;
  drawProgress();
  // The server answers once; the list shows the stages it goes through, never past the last one.
  const timer = window.setInterval(() => {
    current.active = Math.min(steps.length - 1, Math.floor((Date.now() - current.started) / STEP_MS));
    drawProgress();
  }, 250);
  try {
    const value = await request();
    current.active = steps.length;
    return value;
  } catch (error) {
    lastError = error;
    progress = null;
    return null;
  } finally {
    window.clearInterval(timer);
    busy = false;
    render();
  }
}

async function onCheck(): Promise<void> {
  const result = await withProgress(CHECK_STEPS, () => client.checkData(ui.month.value));
  if (result) { lastCheck = result; render(); }
}

/**
 * Runs a report job to its end: each call does what fits in one execution and returns its progress; a call that
 * Google kills at its time limit is resumed (the server kept the progress), at most MAX_RESUMES times in a row.
 */
async function runJob(first: () => Promise<ReportStep>, month: string): Promise<ReportStep> {
  let step: ReportStep | null = null;
  let resumes = 0;
  let next = first;
  for (;;) {
    try {
      step = await next();
      resumes = 0;
      resuming = false;
    } catch (error) {
      if (!isKilled(error) || ++resumes > MAX_RESUMES) {
        if (isKilled(error)) pendingJob = step ? { jobId: step.jobId, month } : pendingJob;
        throw error;
      }
      resuming = true;
      // Killed before the first answer: the job id is in the state the server keeps.
      if (!step) {
        const unfinished = (await client.getSidebarState()).job;
        if (!unfinished) throw error;
        step = { ...unfinished, result: null };
      }
    }
    job = step;
    if (progress) progress.active = Math.max(progress.active, GENERATE_STEPS.indexOf('stepWrite'));
    drawProgress();
    if (step.done) return step;
    const jobId = step.jobId;
    next = () => client.continueReport(jobId);
  }
}

async function onGenerate(): Promise<void> {
  const month = ui.month.value;
  const preset = ui.preset.value;
  const unfinished = pendingJob && pendingJob.month === month ? pendingJob.jobId : null;
  pendingJob = null;
  job = null;
  // google.script.run takes primitives, objects and arrays; an undefined argument is left out rather than sent.
  const start = unfinished !== null ? () => client.continueReport(unfinished)
    : preset ? () => client.startReport(month, preset) : () => client.startReport(month);
  const step = await withProgress(GENERATE_STEPS, () => runJob(start, month));
  job = null;
  const outcome = step?.result;
  if (!outcome) return;
  // A blocked run has no summary: the page lists its issues and no figure that could be taken for a payroll.
  lastReport = { month, result: outcome as GenerateResult };
  blocked = outcome.summary ? null : { report: lastReport, issues: outcome.issues };
  render();
}

/** Writes the preset as the Policy sheet (in the spreadsheet's language), then reloads the state to show it in force. */
async function insertPolicy(preset: string, replace: boolean): Promise<void> {
  confirming = null;
  lastPolicy = null;
  const result = await withProgress(POLICY_STEPS, async () => {
    const written = await client.insertPolicySheet(preset, null, { replace });
    state = await client.getSidebarState();
    return written;
  });
  if (result) { lastPolicy = result; render(); }
}

/** Insert as Policy sheet: straight away when there is none, else only after the replace question is answered. */
function onInsertPolicy(): void {
  if (busy || !state) return;
  const preset = ui.policyPreset.value;
  if (state.policy.sheetName === null) {
    void insertPolicy(preset, false);
    return;
  }
  confirming = { preset, sheet: state.policy.sheetName };
  lastPolicy = null;
  render();
  ui.policyCancel.focus();
}

async function start(): Promise<void> {
  lang = storedLang() ?? 'zh';
  render();
  try {
    state = await client.getSidebarState();
    lang = storedLang() ?? parseLang(state.lang) ?? 'zh';
    ui.month.value = state.defaultMonth;
    // A report left unfinished (page closed, execution killed): Generate for its month continues it.
    if (state.job) pendingJob = { jobId: state.job.jobId, month: state.job.month };
  } catch (error) {
    lastError = error;
  }
  render();
}

ui.lang.addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  storeLang(lang);
  render();
});
ui.check.addEventListener('click', () => void onCheck());
ui.month.addEventListener('input', () => render());
ui.generate.addEventListener('click', () => void onGenerate());
ui.insertPolicy.addEventListener('click', onInsertPolicy);
ui.policyReplace.addEventListener('click', () => { if (confirming) void insertPolicy(confirming.preset, true); });
ui.policyCancel.addEventListener('click', () => { confirming = null; render(); ui.insertPolicy.focus(); });
void start();
