// The one catalogue of issue messages: code → severity and en/zh templates, and makeIssue to fill them in.
import { fieldLabel } from './read/aliases.js';
import type { Issue, Severity, Text } from './types.js';

interface MessageDef {
  severity: Severity;
  en: string;
  zh: string;
}

/**
 * Templates name their variables in braces. Always available: {where} (sheet, row and the row's ID),
 * {field} (vars.field, else the label of `column` when it is a field key, else `column`) and {value}.
 */
export const MESSAGES = {
  'missing-sheet': { severity: 'error', en: 'The workbook has no {role} sheet (name it {names}){hint}', zh: '工作簿缺少{role}表（表名可用 {names}）{hint}' },
  'duplicate-sheet': { severity: 'error', en: '{where}: another {role} sheet; only "{first}" is read', zh: '{where}：与“{first}”同为{role}表，只读取“{first}”' },
  'missing-column': { severity: 'error', en: '{where}: required column "{field}" is missing (name it {names}){hint}', zh: '{where}：缺少必填列“{field}”（列名可用 {names}）{hint}' },
  'duplicate-column': { severity: 'warning', en: '{where}: column "{value}" repeats the {field} column and is ignored', zh: '{where}：列“{value}”与{field}列重复，已忽略' },
  'missing-value': { severity: 'error', en: '{where}: {field} is blank; the row is left out', zh: '{where}：{field}为空，该行未计入' },
  'blank-name': { severity: 'warning', en: '{where}: name is blank; the ID is shown instead', zh: '{where}：姓名为空，以工号代替' },
  'bad-id': { severity: 'error', en: '{where}: ID "{value}" is not a valid ID; the row is left out', zh: '{where}：工号 “{value}” 无效，该行未计入' },
  'bad-date': { severity: 'error', en: '{where}: {field} "{value}" is not a date', zh: '{where}：{field} “{value}” 不是有效日期' },
  'bad-time': { severity: 'error', en: '{where}: {field} "{value}" is not a time of day', zh: '{where}：{field} “{value}” 不是有效时间' },
  'count-too-large': { severity: 'error', en: '{where}: {field} "{value}" is more than {max} occurrences in one row; the row is left out', zh: '{where}：{field} “{value}” 超过单行上限 {max} 次，该行未计入' },
  'bad-count': { severity: 'error', en: '{where}: {field} "{value}" is not a whole number of 0 or more', zh: '{where}：{field} “{value}” 不是非负整数' },
  'bad-number': { severity: 'error', en: '{where}: {field} "{value}" is not a number', zh: '{where}：{field} “{value}” 不是数字' },
  'bad-money': { severity: 'error', en: '{where}: {field} "{value}" is not an amount in yuan (0 or more)', zh: '{where}：{field} “{value}” 不是有效金额（元，不小于0）' },
  'bad-bool': { severity: 'error', en: '{where}: {field} "{value}" is not yes or no', zh: '{where}：{field} “{value}” 不是“是”或“否”' },
  'bad-level': { severity: 'error', en: '{where}: {field} "{value}" is not a level (junior, intermediate, senior)', zh: '{where}：{field} “{value}” 不是有效职级（初级、中级、高级）' },
  'bad-leave-type': {
    severity: 'error',
    en: '{where}: {field} "{value}" is not a leave type (rest, personal, sick, annual, marriage, bereavement, maternity, injury, absent)',
    zh: '{where}：{field} “{value}” 不是有效请假类型（公休、事假、病假、年假、婚假、丧假、产假、工伤、旷工）',
  },
  'bad-leave-days': { severity: 'error', en: '{where}: {field} "{value}" must be 0.5 or 1', zh: '{where}：{field} “{value}” 只能是 0.5 或 1' },
  'orphan-leave-days': { severity: 'warning', en: '{where}: {field} "{value}" without a leave type is ignored', zh: '{where}：{field} “{value}” 未填请假类型，已忽略' },
  'bad-calendar-type': { severity: 'error', en: '{where}: {field} "{value}" is not workday or holiday', zh: '{where}：{field} “{value}” 不是“工作日”或“节假日”' },
  'bad-month': { severity: 'error', en: '{where}: {field} "{value}" is not a month (yyyy-mm)', zh: '{where}：{field} “{value}” 不是有效月份（如 2026-10）' },
  'unknown-id': { severity: 'error', en: '{where}: ID "{value}" is not in the Roster; {count} row(s) left out', zh: '{where}：工号 “{value}” 不在花名册中，共 {count} 行未计入' },
  'duplicate-id': { severity: 'error', en: '{where}: ID "{value}" is already in the Roster at row {first}; this row is ignored', zh: '{where}：工号 “{value}” 已在花名册第{first}行出现，本行已忽略' },
  'duplicate-day': { severity: 'error', en: '{where}: a second attendance row for {date} (first at row {first}); this row is ignored', zh: '{where}：{date} 的考勤重复（首次在第{first}行），本行已忽略' },
  'duplicate-date': { severity: 'error', en: '{where}: date {date} is listed again (first at row {first}); this row is ignored', zh: '{where}：日期 {date} 重复（首次在第{first}行），本行已忽略' },
  'duplicate-month': { severity: 'error', en: '{where}: a second row for {month} (first at row {first}); this row is ignored', zh: '{where}：{month} 的数据重复（首次在第{first}行），本行已忽略' },
  'more-issues': { severity: 'error', en: '{where}: {count} more problems with {field} like the ones above are not listed', zh: '{where}：{field}另有 {count} 个同类问题未列出' },
  'missing-punch': { severity: 'warning', en: '{where}: {field} is missing on {date}; listed for HR review, not fined', zh: '{where}：{date} 缺少{field}记录，列出供人事核对，不罚款' },
  'unknown-event-code': { severity: 'error', en: '{where}: code "{value}" is not in the policy\'s event catalogue', zh: '{where}：代码 “{value}” 不在制度的奖惩目录中' },
  'no-call-data': { severity: 'warning', en: '{where}: no call rows in {month}; the call targets were not assessed', zh: '{where}：{month} 没有外呼记录，外呼目标未考核' },
  'absence-assumed': { severity: 'warning', en: '{where}: no attendance record on workday {date}; counted as an absence', zh: '{where}：工作日 {date} 无考勤记录，按旷工计' },
  'bad-points': { severity: 'error', en: '{where}: {field} "{value}" is not a whole number of points', zh: '{where}：{field} “{value}” 不是整数分值' },
  'empty-adjustment': { severity: 'error', en: '{where}: neither an amount nor points; the row is left out', zh: '{where}：金额和分数都为空，该行未计入' },
  'bad-policy': { severity: 'error', en: '{where}: {detail}', zh: '{where}：{detail}' },
  // The inputs the policy's rules declare (rules/inputs.ts), checked before a month is computed (sources/inputs.ts).
  'required-sheet': { severity: 'error', en: 'The workbook has no {role} sheet, which {rules} need (name it {names}){hint}', zh: '工作簿缺少{role}表，{rules} 需要它（表名可用 {names}）{hint}' },
  'required-column': { severity: 'error', en: '{where}: no {field} column, which {rules} need (name it {names}){hint}', zh: '{where}：缺少{field}列，{rules} 需要它（列名可用 {names}）{hint}' },
  'optional-column': { severity: 'warning', en: '{where}: no {field} column, which {rules} read; it counts as 0 for everyone{hint}', zh: '{where}：没有{field}列（{rules} 会用到），按 0 计{hint}' },
  'no-rows-in-month': { severity: 'error', en: '{where}: no rows dated in {month}, which {rules} need; {have}', zh: '{where}：没有 {month} 的数据，{rules} 需要它；{have}' },
  'no-data-for-month': { severity: 'error', en: 'No Attendance, Calls, KPI, Events or Adjustments row is dated in {month}: nothing to pay from; {have}', zh: '考勤、外呼、客服指标、奖惩记录、调整表中都没有 {month} 的数据，无从计算；{have}' },
  'unrecognised-sheet': { severity: 'warning', en: '{where}: tab "{value}" is not read; it looks like "{name}" ({role}): rename it to have it read', zh: '{where}：未读取“{value}”表；它像是“{name}”（{role}），改名后才会读取' },
  'unrecognised-column': { severity: 'warning', en: '{where}: column "{value}" is not read; it could be "{name}" ({field}): rename it to have it read', zh: '{where}：未读取“{value}”列；它可能是“{name}”（{field}），改名后才会读取' },
  'ids-lost-zeros': { severity: 'warning', en: '{where}: IDs such as "{value}" look like Roster IDs such as "{like}" that lost their leading zeros; format the ID column as text and type them again', zh: '{where}：工号如“{value}”像是花名册中“{like}”丢失了开头的 0；请把工号列设为文本格式后重新录入' },
  'activity-before-hire': { severity: 'error', en: '{where}: hire date {value} is after the agent\'s {sheetName} row of {date} ({at}); the agent is kept, check the hire date', zh: '{where}：入职日期 {value} 晚于该员工 {date} 的{sheetName}记录（{at}）；员工仍计入，请核对入职日期' },
  'missing-kpi-row': { severity: 'error', en: '{where}: agent {value} has attendance or calls in {month} but no KPI row; the weighted score ({rules}) would be 0', zh: '{where}：员工 {value} 在 {month} 有考勤或外呼，但客服指标表没有其数据行；加权得分（{rules}）将为 0' },
  // Values that cannot be what their column claims (cells.ts, sources/*.ts).
  'number-as-time': { severity: 'error', en: '{where}: {field} {value} is a number, not a time; read as a fraction of a day it would be {read}{hint}', zh: '{where}：{field} {value} 是数字而不是时间；按一天的比例读作 {read}{hint}' },
  'date-as-time': { severity: 'error', en: '{where}: {field} "{value}" is a date without a time of day; type the time (09:07)', zh: '{where}：{field} “{value}” 是日期，没有时间；请填写时间（如 09:07）' },
  'clock-out-before-in': { severity: 'error', en: '{where}: {field} {value} is before the clock-in {clockIn}; not counted as early leave, check the punches', zh: '{where}：{field} {value} 早于上班打卡 {clockIn}；未按早退计算，请核对打卡' },
  'implausible-count': { severity: 'error', en: '{where}: {field} "{value}" is more than {max} in one row, which no agent does in a day; it is not counted', zh: '{where}：{field} “{value}” 超过单行上限 {max}，不可能是一天的数量；未计入' },
  'implausible-number': { severity: 'error', en: '{where}: {field} "{value}" is not a plausible figure (beyond ±{max}); it is not counted', zh: '{where}：{field} “{value}” 不是合理的数值（超出 ±{max}）；未计入' },
  'formula-no-value': { severity: 'error', en: '{where}: {field} is a formula without a computed value (the file was saved without calculating); open and save it in Excel or Sheets', zh: '{where}：{field}是公式，但没有计算结果（文件保存时未计算）；请用 Excel 或表格打开后重新保存' },
  'serial-date': { severity: 'error', en: '{where}: {field} "{value}" is read as {date}, which is not a real date here (a time or a small number in a date column)', zh: '{where}：{field} “{value}” 被读作 {date}，不是有效日期（日期列中填了时间或小数字）' },
  'percent-ambiguous': { severity: 'warning', en: '{where}: {field} {value} is read as {value}% (percent points, like the rest of the column); if you meant {pct}%, type {pct}', zh: '{where}：{field} {value} 按 {value}% 读取（与本列其他值一样按百分点）；如果是 {pct}%，请填写 {pct}' },
  'merged-cells': { severity: 'warning', en: '{where}: {count} merged range(s) in the data ({ranges}), read as shown: the first value in every row; check, or unmerge and fill', zh: '{where}：数据区有 {count} 处合并单元格（{ranges}），已按显示把值用于每一行；请核对，或取消合并后逐行填写' },
  'connected-over-dials': { severity: 'warning', en: '{where}: on {date} the agent has {connected} connected calls but only {dials} dials (the day\'s rows: {cells}); check the Dials and Connected figures', zh: '{where}：{date} 接通量 {connected} 大于外呼量 {dials}（当天的行：{cells}）；请核对外呼量和接通量' },
  'successes-over-connected': { severity: 'warning', en: '{where}: on {date} the agent has {successes} successes but only {connected} connected calls (the day\'s rows: {cells}); check the Connected and Successes figures', zh: '{where}：{date} 成功量 {successes} 大于接通量 {connected}（当天的行：{cells}）；请核对接通量和成功量' },
  // Exports read as they come (src/engine/imports/).
  'import-unmatched-key': { severity: 'warning', en: '{where}: {field} "{value}" ({name}) matches no one on the Roster; {count} row(s) left out (rows {rows})', zh: '{where}：{field} “{value}”（{name}）在花名册中找不到对应的人，共 {count} 行未计入（第 {rows} 行）' },
  'import-ambiguous-key': { severity: 'error', en: '{where}: {field} "{value}" fits more than one person on the Roster ({candidates}); {count} row(s) left out (rows {rows})', zh: '{where}：{field} “{value}” 对应花名册中多人（{candidates}），共 {count} 行未计入（第 {rows} 行）' },
  'import-unreadable': { severity: 'error', en: '{where}: looks like a {export} export but {reason}; it was not read', zh: '{where}：看似{export}导出，但{reason}，未读取' },
  'import-no-success': { severity: 'warning', en: '{where}: the {export} export has no success field and no other sheet gives successes in {month}; rules on successes were not assessed', zh: '{where}：{export}导出没有成功字段，{month} 也无其他表提供成功量；按成功量考核的规则未考核' },
  'import-conflict': { severity: 'warning', en: '{where}: on {date} the {field} punch is {exported} in this export but {typed} in {sheet}; the {sheet} value is used', zh: '{where}：{date} 的{field}在本导出为 {exported}，在{sheet}表为 {typed}，采用{sheet}表的值' },
  'import-leave-type': { severity: 'warning', en: '{where}: leave on {date} without its kind; counted as personal leave (事假) — enter the kind in the Attendance sheet if it was another', zh: '{where}：{date} 的请假未注明假别，按事假计；如为其他假别请在考勤表中填写' },
  'import-calls-overlap': { severity: 'warning', en: '{where}: {date} {field} are in this export and in {sheet}; the {sheet} figure is used', zh: '{where}：{date} 的{field}同时出现在本导出和{sheet}表中，采用{sheet}表的数字' },
  'bad-appeal-status': { severity: 'error', en: '{where}: {field} "{value}" is not open, accepted or rejected', zh: '{where}：{field} “{value}” 不是“待处理”“通过”或“驳回”' },
  'open-appeal': { severity: 'warning', en: '{where}: appeal about "{line}" ({month}) is still open', zh: '{where}：关于“{line}”的申诉（{month}）尚待处理' },
  'accepted-appeal-without-amount': { severity: 'warning', en: '{where}: accepted appeal has no amount; nothing is paid for it', zh: '{where}：申诉已通过但未填金额，不产生调整' },
  'text-cut': { severity: 'warning', en: '{where}: a text of {length} characters is longer than a cell holds ({limit}); the generated tabs show it cut', zh: '{where}：文字长 {length} 个字符，超过单元格上限 {limit}；生成的表中已截断' },
} as const satisfies Record<string, MessageDef>;

export type IssueCode = keyof typeof MESSAGES;

/** Where an issue is: sheet name as written, 1-based row, column header as written, raw value as text, A1 cell. */
export interface IssueAt {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string;
  cell: string | null;
}

export type MessageVars = Record<string, string | number | Text | null | undefined>;

/** Severity of a code of the catalogue. */
export function severityOf(code: IssueCode): Severity {
  return MESSAGES[code].severity;
}

const MAX_SHOWN = 60;

function shown(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
}

function pick(v: string | number | Text, lang: 'en' | 'zh'): string {
  return typeof v === 'object' ? v[lang] : String(v);
}

function where(at: IssueAt, id: string | null, lang: 'en' | 'zh'): string {
  if (lang === 'en') {
    const row = at.row === null ? '' : ` row ${at.row}`;
    return `${at.sheet}${row}${id ? ` (ID ${id})` : ''}`;
  }
  const row = at.row === null ? '' : ` 第${at.row}行`;
  return `${at.sheet}${row}${id ? `（工号 ${id}）` : ''}`;
}

function fill(code: IssueCode, template: string, lang: 'en' | 'zh', at: IssueAt, vars: MessageVars): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'where') return where(at, vars.id == null ? null : String(vars.id), lang);
    if (name === 'value') return shown(at.value);
    if (name === 'field') {
      const label = vars.field ?? (at.column === null ? null : fieldLabel(at.column) ?? at.column);
      if (label != null) return pick(label, lang);
    }
    const v = vars[name];
    if (v == null) {
      throw new Error(`message ${code} needs {${name}}`, { cause: { code: 'message-vars', issue: code, name } });
    }
    return pick(v, lang);
  });
}

/**
 * The Issue for a code of the catalogue at a place, with its en and zh messages. `vars.id` adds the row's
 * ID to the place; other vars fill the template (Text values per language). A missing var is a programming
 * fault and throws { code: 'message-vars' }.
 */
export function makeIssue(code: IssueCode, at: IssueAt, vars: MessageVars = {}): Issue {
  const def: MessageDef = MESSAGES[code];
  return {
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    value: at.value,
    code,
    message: fill(code, def.en, 'en', at, vars),
    messageZh: fill(code, def.zh, 'zh', at, vars),
    severity: def.severity,
    cell: at.cell,
  };
}
