// Preset outbound-center's example workbook: 花名册, 考勤, 外呼, 奖惩记录 for 2026-09 and 2026-10.
import { agentMonthRows } from './agent-month.js';
import type { BookCell, BookSheet, ExampleBook } from './book.js';
import { workdaysOf } from './calendar.js';
import { CAST, EVENTS, MONTHS } from './outbound-center-cast.js';

const col = (header: string, width = 10) => ({ header, width });

/** Sorts rows by date (column 1), then by 工号 (column 0), the order a punch-clock export has. */
function byDateThenId(a: BookCell[], b: BookCell[]): number {
  const da = (a[1] as { date: string }).date;
  const db = (b[1] as { date: string }).date;
  return da === db ? String(a[0]).localeCompare(String(b[0])) : da.localeCompare(db);
}

function roster(): BookSheet {
  return {
    name: '花名册',
    columns: [col('工号', 8), col('姓名', 30), col('组别', 8), col('职级', 8), col('组长', 6),
      col('入职日期', 12), col('基本工资', 10), col('工龄工资', 10)],
    rows: CAST.map((a) => [a.id, a.name, a.team, a.level, a.leader ? '是' : '否',
      { date: a.hire }, a.base, a.seniority]),
  };
}

function activity(): { attendance: BookSheet; calls: BookSheet } {
  const attendance: BookCell[][] = [];
  const calls: BookCell[][] = [];
  for (const month of MONTHS) {
    const workdays = workdaysOf(month);
    for (const agent of CAST) {
      const rows = agentMonthRows(agent, month, workdays);
      attendance.push(...rows.attendance);
      calls.push(...rows.calls);
    }
  }
  return {
    attendance: {
      name: '考勤',
      columns: [col('工号', 8), col('日期', 12), col('上班打卡'), col('午间下班'), col('午间上班'), col('下班打卡'),
        col('请假类型'), col('请假天数'), col('已报备', 8)],
      rows: attendance.sort(byDateThenId),
    },
    calls: {
      name: '外呼',
      columns: [col('工号', 8), col('日期', 12), col('外呼量'), col('接通量'), col('成功量')],
      rows: calls.sort(byDateThenId),
    },
  };
}

function events(): BookSheet {
  return {
    name: '奖惩记录',
    columns: [col('工号', 8), col('日期', 12), col('代码', 12), col('次数', 6), col('备注', 40)],
    rows: EVENTS.map(([id, date, code, count, note]) => [id, { date }, code, count, note]),
  };
}

/**
 * The outbound-center example: 21 agents in three teams over September and October 2026, no
 * Calendar sheet (Chinese statutory holidays apply), every case listed in examples/README.md.
 */
export function outboundCenterExample(): ExampleBook {
  const { attendance, calls } = activity();
  return { sheets: [roster(), attendance, calls, events()] };
}
