// Reads the source sheets of a workbook into checked records (SourceData), every bad value an Issue.
import { isChinese, SHEETS, sheetDefOf, type Role, type SheetDef } from './aliases.js';
import { makeIssue } from '../messages.js';
import { readAdjustments } from './sources/adjustments.js';
import { exportTabNames, type ImportOptions, readExports } from '../imports/index.js';
import { appealAdjustments, readAppeals } from './sources/appeals.js';
import { readAttendance } from './sources/attendance.js';
import { readCalls } from './sources/calls.js';
import { applyMerges } from './sources/merged.js';
import { callRowsOf } from './sources/call-store.js';
import { readCalendar, readEvents, readKpi } from './sources/others.js';
import { readRoster } from './sources/roster.js';
import { SheetReader } from './sources/sheet.js';
import { sourceInfos } from './sources/info.js';
import { suggestSheet, tabsHint, unrecognisedTabs } from './sources/suggest.js';
import { isPolicySheet } from './policy-sheet/resolve.js';
import type { Issue, Lang, SheetData, SourceData, WorkbookData } from '../types.js';

/**
 * Finds the source sheets by name (English or 中文; the first of a role wins, another is an issue), maps their
 * columns, and reads every non-blank row. Bad values become issues with the sheet, 1-based row, header and
 * value as written; a row whose ID or date is unreadable, or whose ID is not in the Roster, is left out.
 * Never throws on user data (an unknown time zone is a configuration fault and throws { code: 'bad-time-zone' }).
 */
export function readSources(wb: WorkbookData, options: ReadOptions = {}): SourceData {
  const issues: Issue[] = [];
  const found = new Map<Role, SheetData>();
  // Tabs an importer reads (an export named like a contract sheet is read as the export) are no contract sheets.
  const exports = exportTabNames(wb);
  const claimed = new Set([...(options.claimed ?? []), ...exports]);
  const unread = unreadTabs(wb, claimed, exports);
  for (const sheet of wb.sheets) {
    if (claimed.has(sheet.name)) continue;
    const def = sheetDefOf(sheet.name);
    if (!def) continue;
    const first = found.get(def.role);
    if (first) {
      issues.push(makeIssue('duplicate-sheet', { sheet: sheet.name, row: null, column: null, value: sheet.name, cell: null }, { role: def.label, first: first.name }));
    } else found.set(def.role, sheet);
  }
  const language = languageOf(found.get('roster')?.name ?? null, wb.locale);
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  const readers = new Map<Role, SheetReader>();
  const reader = (role: Role): SheetReader | null => {
    const sheet = found.get(role);
    if (!sheet) return null;
    // Merged cells over data rows read as the sheet shows them, with a warning (sources/merged.ts).
    const rd = new SheetReader(applyMerges(sheet, defOf(role), issues), defOf(role), wb.timeZone, issues, language);
    headers[role] = Object.fromEntries(rd.columns.map((c) => [c.key, c.header]));
    readers.set(role, rd);
    return rd;
  };

  const rosterReader = reader('roster');
  if (!rosterReader) {
    const def = defOf('roster');
    issues.push(makeIssue('missing-sheet', { sheet: language === 'zh' ? def.names[1] : def.names[0], row: null, column: null, value: '', cell: null }, {
      role: def.label, names: def.names.slice(0, 2).map((n) => `"${n}"`).join(' / '), hint: tabsHint(unread),
    }));
  }
  const employees = rosterReader ? readRoster(rosterReader) : [];
  // Without a readable roster every ID would be unknown; keep the rows and let the missing roster block the run.
  const known = rosterReader?.ok ? new Set(employees.map((e) => e.id)) : null;
  const withRoster = (role: Role): SheetReader | null => {
    const rd = reader(role);
    if (rd) rd.known = known;
    return rd;
  };

  // One sheet at a time, so its issues stay together in sheet order.
  const attendanceReader = withRoster('attendance');
  const attendance = attendanceReader ? readAttendance(attendanceReader) : [];
  const callsReader = withRoster('calls');
  const calls = callsReader ? readCalls(callsReader) : callRowsOf([]);
  const eventsReader = withRoster('events');
  const events = eventsReader ? readEvents(eventsReader) : [];
  const calendarReader = reader('calendar');
  const calendar = calendarReader ? readCalendar(calendarReader) : null;
  const kpiReader = withRoster('kpi');
  const kpi = kpiReader ? readKpi(kpiReader) : [];
  const adjustmentsReader = withRoster('adjustments');
  const adjustments = adjustmentsReader ? readAdjustments(adjustmentsReader) : [];
  const appealsReader = withRoster('appeals');
  const appeals = appealsReader ? readAppeals(appealsReader) : [];
  adjustments.push(...appealAdjustments(appeals));
  const sheetName = (role: Role): string | null => found.get(role)?.name ?? null;
  issues.push(...unreadIssues(unread));
  const records = { employees, attendance, calls, events, calendar, kpi, adjustments };
  const contract: SourceData = {
    employees,
    attendance,
    calls,
    events,
    calendar,
    kpi,
    adjustments,
    ...(appealsReader ? { appeals } : {}),
    issues,
    sheetNames: {
      roster: sheetName('roster'),
      attendance: sheetName('attendance'),
      calls: sheetName('calls'),
      events: sheetName('events'),
      calendar: sheetName('calendar'),
      kpi: sheetName('kpi'),
      ...(found.has('adjustments') ? { adjustments: sheetName('adjustments') } : {}),
      ...(found.has('appeals') ? { appeals: sheetName('appeals') } : {}),
    },
    language,
    headers,
    sources: sourceInfos(wb, found, readers, records, unread),
  };
  // Exports of other systems (DingTalk, WeCom, clocks, dialers) among the other tabs, merged in: src/engine/imports/.
  return readExports(contract, wb, options.imports);
}

export interface ReadOptions {
  /** names of further tabs read elsewhere: not read as contract sheets, not listed as unrecognised */
  claimed?: ReadonlySet<string>;
  /** what the policy tells the importers (schedule, call statuses): imports/index.ts importOptions */
  imports?: ImportOptions;
}

/**
 * Tabs that are no source sheet, Policy sheet, generated tab or claimed tab, in workbook order. `exports`: the export
 * tabs when already known (recognising them reads each tab's leading rows: ~5 ms over the bench workbook).
 */
export function unreadTabs(wb: Pick<WorkbookData, 'sheets'>, claimed: ReadonlySet<string> = new Set(),
  exports: ReadonlySet<string> = exportTabNames(wb)): string[] {
  const all = new Set([...claimed, ...exports]);
  return unrecognisedTabs(wb.sheets.map((s) => s.name), (n) => sheetDefOf(n) !== null || isPolicySheet({ name: n }), all);
}

/** A warning for each unread tab whose name is a near miss of a source sheet ('考情' → '考勤'); other tabs are fine. */
function unreadIssues(unread: readonly string[]): Issue[] {
  const out: Issue[] = [];
  for (const name of unread) {
    const s = suggestSheet(name);
    if (s) out.push(makeIssue('unrecognised-sheet', { sheet: name, row: null, column: null, value: name, cell: null }, { name: s.name, role: s.def.label }));
  }
  return out;
}

/**
 * The yyyy-mm months that have Attendance, Calls, KPI, Events or Adjustments rows, newest first: the months a run
 * accepts (sources/inputs.ts refuses any other with 'no-data-for-month').
 */
export function monthsWithRows(src: SourceData): string[] {
  const months = new Set<string>();
  for (const d of src.attendance) months.add(d.date.slice(0, 7));
  for (const d of src.calls.dates) months.add(d.slice(0, 7));
  for (const k of src.kpi) months.add(k.month);
  for (const e of src.events) months.add(e.date.slice(0, 7));
  for (const a of src.adjustments ?? []) months.add(a.month);
  return [...months].sort().reverse();
}

/** The workbook's language: Chinese when its Roster sheet is named in Chinese, else from the locale; English otherwise. */
export function workbookLanguage(wb: WorkbookData): Lang {
  const roster = wb.sheets.find((s) => sheetDefOf(s.name)?.role === 'roster');
  return languageOf(roster?.name ?? null, wb.locale);
}

function languageOf(rosterName: string | null, locale: string | undefined): Lang {
  if (rosterName !== null) return isChinese(rosterName) ? 'zh' : 'en';
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function defOf(role: Role): SheetDef {
  return SHEETS.find((s) => s.role === role) as SheetDef;
}
