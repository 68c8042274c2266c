// The importer layer: tabs no contract name claims, recognised by their columns, read into records and merged with the sheets.
import { sheetDefOf } from '../read/aliases.js';
import { hhmmSeconds } from '../read/dates.js';
import { makeIssue } from '../messages.js';
import { type Policy, ruleOf } from '../rules/policy.js';
import type { AttendanceDay, CallRow, CallRows, Issue, SheetData, SourceData, SourceInfo, Text, WorkbookData } from '../types.js';
import { read7moor, readClink, readVicidial } from './call-exports.js';
import { ExportSheet, type ImportSettings } from './context.js';
import { readDingtalkDaily, readFeishuMonthly, readWecomDaily } from './day-exports.js';
import { type Header, LeadingRows, locateHeader, namesFound } from './header.js';
import { type Layout, LAYOUTS } from './layouts.js';
import { mergeAttendance, mergeCalls } from './merge.js';
import { looksLikeUsb, readDingtalkGrid, readDingtalkRaw, readZktecoRaw, readZktecoUsb } from './punch-exports.js';
import type { CallStatusVocabulary } from './statuses.js';

export { PersonMatcher, KeyProblems, keyForm, KEY_LABELS, type PersonMatch, type PersonRef } from './keys.js';
export { DEFAULT_CALL_STATUSES, statusClassifier, statusLists, vocabularyFor, type CallStatusVocabulary } from './statuses.js';
export { LAYOUTS, type ExportId, type Layout } from './layouts.js';
export { callColumnsOf, callTime, type CallColumns as ExportCallColumns } from './call-exports.js';
export { ExportSheet, type ImportSettings } from './context.js';
export { textOf, type Header } from './header.js';
export { durationSeconds } from './values.js';
export type { CallExportId } from './statuses.js';

/** What reading exports takes from the policy: the schedule (slots of punches) and the call status vocabularies. */
export interface ImportOptions {
  /** the attendance rule's segments ('09:00'–'12:00', …); absent: 09:00–18:00 */
  segments?: readonly { start: string; end: string }[];
  callStatuses?: readonly CallStatusVocabulary[] | null;
}

/** The options a policy gives the importers. */
export function importOptions(policy: Pick<Policy, 'rules' | 'callStatuses'>): ImportOptions {
  const att = ruleOf(policy, 'attendance');
  return { ...(att ? { segments: att.segments } : {}), callStatuses: policy.callStatuses ?? null };
}

const GENERIC = new Set(['姓名', '日期', '时间', '班次', '考勤组', '工号', 'status', 'user']);

/** True when a tab's header is an export's whole signature (then it is an export whatever the tab is called). */
export function isExportTab(sheet: SheetData): boolean {
  const r = recognise(sheet);
  return r !== null && 'header' in r;
}

/**
 * Names of the tabs the importers read: every recognised export, except a tab named like a contract sheet whose header
 * is not an export's whole signature (that one is the contract's sheet).
 */
export function exportTabNames(wb: Pick<WorkbookData, 'sheets'>): Set<string> {
  const out = new Set<string>();
  for (const sheet of wb.sheets) {
    const r = recognise(sheet);
    if (r !== null && (sheetDefOf(sheet.name) === null || 'header' in r)) out.add(sheet.name);
  }
  return out;
}

export type Recognised = { layout: Layout; header: Header | null } | { layout: Layout; missing: string[] };

/**
 * What a tab is, by its columns: the first layout whose signature its header holds (below title rows, across two
 * header rows). A tab showing at least half (and at least two) of a layout's signature but not all of it is
 * recognised with the columns it misses, so it is reported rather than skipped. Null: not an export.
 */
export function recognise(sheet: SheetData): Recognised | null {
  const rows = new LeadingRows(sheet.values);
  for (const layout of LAYOUTS) {
    if (layout.id === 'zkteco-usb') {
      if (looksLikeUsb(sheet.values)) return { layout, header: null };
      continue;
    }
    const header = locateHeader(rows, layout.signature, layout.anchor);
    if (header) return { layout, header };
  }
  for (const layout of LAYOUTS) {
    if (layout.signature.length === 0) continue;
    const found = namesFound(rows, layout.signature);
    // Common words (姓名, 日期 …, as on the Details tab) alone never make a tab look like an export.
    if (found.length >= 2 && found.length * 2 >= layout.signature.length && found.some((n) => !GENERIC.has(n))) {
      return { layout, missing: layout.signature.filter((n) => !found.includes(n)) };
    }
  }
  return null;
}

type Read = AttendanceDay[] | { calls: CallRow[]; hasSuccess: boolean } | string;

const READERS: Record<Layout['id'], (es: ExportSheet, h: Header) => Read> = {
  'dingtalk-raw': readDingtalkRaw,
  'dingtalk-daily': readDingtalkDaily,
  'dingtalk-grid': readDingtalkGrid,
  'wecom-daily': readWecomDaily,
  'feishu-monthly': readFeishuMonthly,
  'zkteco-raw': readZktecoRaw,
  'zkteco-usb': (es) => readZktecoUsb(es),
  'clink-outbound': readClink,
  'vicidial-calls': readVicidial,
  '7moor-cdr': read7moor,
};

/**
 * Reads every tab that is not a contract sheet and is recognised as an export, and merges what it gives with the
 * contract's records (merge.ts): attendance per person-day, calls summed with the sheet's own figures winning.
 * Each export tab read adds a SourceInfo; one that looks like an export but cannot be read is an issue.
 * A call export without a success field, in a month no other source gives successes, marks successes unmeasured
 * that month (rules on them are then not assessed) with one warning per tab.
 */
export function readExports(src: SourceData, wb: WorkbookData, options: ImportOptions = {}): SourceData {
  const settings: ImportSettings = {
    timeZone: wb.timeZone,
    segments: (options.segments ?? [{ start: '09:00', end: '18:00' }]).map((s) => ({ start: hhmmSeconds(s.start), end: hhmmSeconds(s.end) })),
    callStatuses: options.callStatuses ?? null,
  };
  const issues: Issue[] = [];
  const infos: SourceInfo[] = [];
  const attendance: { sheet: string; days: AttendanceDay[] }[] = [];
  const calls: CallExport[] = [];
  for (const sheet of wb.sheets) {
    const r = recognise(sheet);
    if (r === null) continue;
    // A contract name is the contract's sheet unless its header is an export's whole signature (sources.ts skips it then).
    if (sheetDefOf(sheet.name) !== null && !('header' in r)) continue;
    if ('missing' in r) {
      issues.push(makeIssue('import-unreadable', { sheet: sheet.name, row: null, column: null, value: '', cell: null }, {
        export: r.layout.label, reason: { zh: `缺少列 ${r.missing.join('、')}`, en: `it has no column ${r.missing.join(', ')}` } }));
      continue;
    }
    const es = new ExportSheet(sheet, r.layout, src.employees, settings);
    const got = READERS[r.layout.id](es, r.header ?? { row: 0, dataStart: 0, written: [], names: [] });
    if (typeof got === 'string') {
      issues.push(makeIssue('import-unreadable', { sheet: sheet.name, row: null, column: null, value: '', cell: null }, {
        export: r.layout.label, reason: { zh: got, en: got } }));
      continue;
    }
    if (Array.isArray(got)) {
      for (const d of got) d.sheet = sheet.name;
      attendance.push({ sheet: sheet.name, days: got });
    }
    else calls.push({ sheet: sheet.name, label: r.layout.label, ...got });
    infos.push(es.finish());
    issues.push(...es.issues);
  }
  if (infos.length === 0 && issues.length === 0) return src;

  const att = mergeAttendance([{ sheet: src.sheetNames.attendance ?? 'Attendance', days: src.attendance }, ...attendance]);
  const cl = mergeCalls(src.calls, src.sheetNames.calls, calls);
  issues.push(...att.issues, ...cl.issues);
  const unmeasured = successGaps(src, calls, issues);
  return {
    ...src,
    attendance: att.days,
    calls: cl.calls,
    issues: [...src.issues, ...issues],
    sheetNames: {
      ...src.sheetNames,
      attendance: src.sheetNames.attendance ?? attendance[0]?.sheet ?? null,
      calls: src.sheetNames.calls ?? calls[0]?.sheet ?? null,
    },
    sources: [...(src.sources ?? []), ...infos],
    ...(Object.keys(unmeasured).length > 0 ? { unmeasured } : {}),
  };
}

/**
 * Months whose calls come only from exports without successes: successes unmeasured, one warning per tab (also for
 * exports aggregated in a database, src/calls/exports.ts, whose calls are only their dates).
 */
export function successGaps(src: Pick<SourceData, 'headers'> & { calls: Pick<CallRows, 'dates'> }, calls: readonly CallExportDates[],
  issues: Issue[]): Record<string, string[]> {
  const measured = new Set<string>();
  const sheetMeasures = src.headers?.calls?.successes !== undefined || src.headers?.calls?.result !== undefined;
  if (sheetMeasures) for (const d of src.calls.dates) measured.add(d.slice(0, 7));
  for (const e of calls) if (e.hasSuccess) for (const c of e.calls) measured.add(c.date.slice(0, 7));
  const out: Record<string, string[]> = {};
  for (const e of calls) {
    if (e.hasSuccess) continue;
    const months = [...new Set(e.calls.map((c) => c.date.slice(0, 7)))].filter((m) => !measured.has(m)).sort();
    if (months.length === 0) continue;
    for (const m of months) out[m] = ['successes'];
    issues.push(makeIssue('import-no-success', { sheet: e.sheet, row: null, column: null, value: '', cell: null }, {
      export: e.label, month: months.join(', ') }));
  }
  return out;
}

interface CallExport { sheet: string; label: Text; calls: CallRow[]; hasSuccess: boolean }

/** What successGaps reads of a call export. */
export interface CallExportDates { sheet: string; label: Text; calls: readonly { date: string }[]; hasSuccess: boolean }
