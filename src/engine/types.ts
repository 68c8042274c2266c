// Plain data shapes shared by the engine and every adapter: cells in, records, results out.
import type { CallAggregates, CallRows } from './call-data.js';

/** One cell as an adapter hands it over. Dates are wall-clock in the workbook's time zone. */
export type CellValue = string | number | boolean | Date | null;

/** A sheet as a rectangular grid; values[0] is the header row, values[r] is sheet row r + 1. */
export interface SheetData {
  name: string;
  values: CellValue[][];
  /** merged ranges of the sheet as the reader found them (absent: none, or a reader that does not tell) */
  merges?: MergedRange[];
}

/** A merged range: 0-based inclusive indexes into SheetData.values (row 0 is sheet row 1, column 0 is A); top-left holds the value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** IANA zone of the spreadsheet; Date cells are read as wall-clock time in it (xlsx: 'UTC'). */
  timeZone: string;
  /** Spreadsheet locale such as 'zh_CN' or 'en_US', when known. */
  locale?: string;
}

export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** A problem with the user's data. `error` blocks the run (exit 1); `warning` is for HR review. */
export interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string;
  code: string;
  message: string;
  messageZh: string;
  severity: Severity;
  /** A1 address of the offending cell ('Attendance!C5'), or null for sheet-level problems. */
  cell: string | null;
}

export type Level = 'junior' | 'intermediate' | 'senior';

export type LeaveType =
  | 'rest'
  | 'personal'
  | 'sick'
  | 'annual'
  | 'marriage'
  | 'bereavement'
  | 'maternity'
  | 'injury'
  | 'absent';

/** A1 addresses of the cells a record was read from, keyed by field name. */
export type Cells<K extends string> = Partial<Record<K, string>>;

export interface Employee {
  id: string;
  name: string;
  team: string | null;
  level: Level | null;
  leader: boolean;
  /** ISO date yyyy-mm-dd */
  hireDate: string | null;
  baseSalaryFen: number | null;
  performanceBaseFen: number | null;
  seniorityFen: number | null;
  row: number;
  cells: Cells<'id' | 'name' | 'team' | 'level' | 'leader' | 'hireDate' | 'baseSalary' | 'performanceBase' | 'seniority'
    | `key:${PersonKeySystem}`>;
  /** the person's id in other systems, from optional Roster columns (DingTalk UserId, WeCom 账号, 考勤号码, 座席号, dialer login) */
  keys?: Partial<Record<PersonKeySystem, string>>;
}

/** Systems whose exports key a person by their own id (src/engine/imports/keys.ts). */
export type PersonKeySystem = 'dingtalk' | 'wecom' | 'feishu' | 'clock' | 'seat' | 'dialer';

/** One agent-day of attendance. Times are seconds after local midnight. */
export interface AttendanceDay {
  id: string;
  date: string;
  clockIn: number | null;
  clockOut: number | null;
  noonOut: number | null;
  noonIn: number | null;
  leaveType: LeaveType | null;
  /** 0.5 or 1 when leaveType is set, else 0 */
  leaveDays: number;
  /** false = leave not reported ahead (临时请假) */
  reported: boolean;
  row: number;
  cells: Cells<'id' | 'date' | 'clockIn' | 'clockOut' | 'noonOut' | 'noonIn' | 'leaveType' | 'leaveDays' | 'reported'>;
  /** the tab the day was read from when it is not the Attendance sheet (an export: src/engine/imports/) */
  sheet?: string;
}

/** Call data shapes (src/engine/call-data.ts). */
export type { CallCounts, CallRow, CallColumn, CallRows, CallDayRow, CallCrossingRow, CallAggregates } from './call-data.js';

export interface EventRow {
  id: string;
  date: string;
  code: string;
  count: number;
  note: string;
  row: number;
  cells: Cells<'id' | 'date' | 'code' | 'count' | 'note'>;
}

export interface CalendarDay {
  date: string;
  workday: boolean;
  row: number;
}

export interface KpiRow {
  id: string;
  /** yyyy-mm */
  month: string;
  metrics: Record<string, number>;
  row: number;
  cells: Record<string, string>;
}

/** One row of the Adjustments sheet (调整): a manual amount and/or points approved for an agent's month. */
export interface AdjustmentRow {
  id: string;
  /** yyyy-mm */
  month: string;
  /** signed fen; null when the row only moves points */
  amountFen: number | null;
  /** signed integer points; null when the row only moves money */
  points: number | null;
  reason: string;
  approvedBy: string;
  row: number;
  cells: Cells<'id' | 'month' | 'amount' | 'points' | 'reason' | 'approvedBy'>;
}

export type AppealStatus = 'open' | 'accepted' | 'rejected';

/** One row of the Appeals sheet (申诉): an agent's dispute of a line, and HR's decision. */
export interface AppealRow {
  id: string;
  /** yyyy-mm: the month the appeal is paid in when accepted */
  month: string;
  /** the Details line or rule disputed, as written ('A-ATT-1 2026-10-03', '考勤!C5') */
  line: string;
  reason: string;
  status: AppealStatus;
  resolution: string;
  /** signed fen paid when accepted; null when blank */
  amountFen: number | null;
  row: number;
  cells: Cells<'id' | 'month' | 'line' | 'reason' | 'status' | 'resolution' | 'amount'>;
}

/** One tab (or file) read as a source: what it was read as, and what came of it — for the CLI summary, JSON and sidebar. */
export interface SourceInfo {
  /** tab or file name as written */
  sheet: string;
  /** what it was read as: a contract role ('roster', 'attendance', 'calls', …) or an export id ('dingtalk-raw', …) */
  readAs: string;
  /** the same for people: '考勤' / 'Attendance', '钉钉 原始记录' / 'DingTalk raw punches' */
  label: Text;
  /** data rows read (header and title rows excluded) */
  rows: number;
  /** distinct people matched to the Roster, and distinct keys that were not */
  people: number;
  unmatched: number;
  /** first and last date of its rows (yyyy-mm-dd), null when it has none */
  from: string | null;
  to: string | null;
  /** further counts by name: punchesAssigned, duplicatesDropped, statusesMapped, … */
  counts?: Record<string, number>;
}

/** The source sheets read and checked. Records with unreadable keys are left out and reported. */
export interface SourceData {
  employees: Employee[];
  attendance: AttendanceDay[];
  calls: CallRows;
  /** call records aggregated before the engine (src/calls), read in place of `calls` when present */
  callAggregates?: CallAggregates;
  events: EventRow[];
  calendar: CalendarDay[] | null;
  kpi: KpiRow[];
  /** Adjustments sheet rows (absent when the reader predates the sheet) */
  adjustments?: AdjustmentRow[];
  /** Appeals sheet rows (申诉), every status; accepted ones with an amount are also in `adjustments` */
  appeals?: AppealRow[];
  issues: Issue[];
  /** The sheet names as found in the workbook, by role; null when the sheet is absent. */
  sheetNames: Record<'roster' | 'attendance' | 'calls' | 'events' | 'calendar' | 'kpi', string | null>
    & { adjustments?: string | null; appeals?: string | null };
  /** Language the workbook is written in, guessed from its sheet names. */
  language: Lang;
  /** Column headers as written, by sheet role and field key ('attendance' → 'clockIn' → 'Clock in'). */
  headers?: Partial<Record<string, Record<string, string>>>;
  /** every tab or file read as a source, in workbook order */
  sources?: SourceInfo[];
  /** yyyy-mm → call metrics no source measured that month (a dialer export without successes): rules on them are not assessed */
  unmeasured?: Record<string, string[]>;
}

export type Flag =
  | 'warning'
  | 'dismissal-recommended'
  | 'demotion-or-dismissal'
  | 'demote'
  | 'promote'
  | 'confirm'
  | 'probation-failed'
  | 'eliminate'
  | 'reassign'
  | 'excellent';

export type LineKind = 'base' | 'fine' | 'bonus' | 'points' | 'adjustment';

/** Which part of the pay formula a base line is, for the Payout tab's columns. */
export type PayComponent = 'salary' | 'seniority' | 'performance';

/** One amount or point on a payout, traced to its rule and source cell. */
export interface Line {
  rule: string;
  date: string | null;
  kind: LineKind;
  /** integer fen; negative for fines */
  amountFen: number;
  /** integer points; negative for deductions */
  points: number;
  /** A1 address or range ('Attendance!C5', 'Calls!E2:E40') */
  source: string;
  reason: Text;
  /** set on the pay formula's own lines (kind 'base') */
  component?: PayComponent;
}

export interface EmployeeResult {
  id: string;
  name: string;
  team: string | null;
  level: Level | null;
  score: number | null;
  grade: string | null;
  /** C-LVL-1: the level the policy's bands give from recent scores (absent when the policy has no level bands) */
  assessedLevel?: string;
  flags: Flag[];
  /** positive total of fine lines, fen */
  finesFen: number;
  /** positive total of bonus lines, fen */
  bonusesFen: number;
  /** the pay formula's result, fen; equals the sum of every line's amount */
  payoutFen: number;
  lines: Line[];
  /** Month figures shown in the tabs (successes, dials, days worked, …). */
  stats: Record<string, number>;
  /** change from the previous month's payout with its main reasons (set by the workflow when that month has data) */
  change?: PayChange;
}

/** An agent's payout against the previous month: the difference and the rules that made most of it. */
export interface PayChange {
  /** yyyy-mm of the month compared with */
  previousMonth: string;
  /** that month's payout, fen; null when the agent was not paid then */
  previousFen: number | null;
  /** this month minus that month, fen */
  deltaFen: number;
  /** per rule id, this month's amount minus that month's, largest first (at most three, zero changes left out) */
  reasons: { rule: string; name: Text; deltaFen: number }[];
}

export interface RankingRow {
  rank: number;
  id: string;
  name: string;
  team: string | null;
  metric: string;
  value: number;
}

export interface TeamRow {
  team: string;
  headcount: number;
  successes: number;
  /** successes per head, 2 decimals */
  perHead: number;
  rank: number;
  prize: boolean;
  reason: Text;
  /** what `successes` and `perHead` measure: the team rule's metric ('成功量', '分数'); successes when absent */
  metric?: Text;
}

export interface Report {
  month: string;
  policy: string;
  policyVersion: string;
  language: Lang;
  employees: EmployeeResult[];
  ranking: RankingRow[];
  teams: TeamRow[];
  issues: Issue[];
  /** true when any issue has severity 'error' */
  blocking: boolean;
  /** every tab or file read as a source (SourceData.sources) */
  sources?: SourceInfo[];
}
