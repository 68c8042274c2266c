// The exports Callboard recognises, by header signature: what each is, whose key it carries, and where its layout is from.
import type { PersonKeySystem, Text } from '../types.js';

export type ExportId =
  | 'dingtalk-raw' | 'dingtalk-daily' | 'dingtalk-grid' | 'wecom-daily' | 'feishu-monthly'
  | 'zkteco-raw' | 'zkteco-usb'
  | 'clink-outbound' | 'vicidial-calls' | '7moor-cdr';

export interface Layout {
  id: ExportId;
  label: Text;
  kind: 'attendance' | 'calls';
  /** whose key identifies the person */
  system: PersonKeySystem;
  /** header names that must all be present (a row, or a group row over sub-headers) */
  signature: string[];
  /** the column every data row fills (finds where data starts under a merged header) */
  anchor: string;
  /** the public code its layout was taken from */
  source: string;
}

/** In recognition order: the more specific signature first (DingTalk daily before the punch grid). */
export const LAYOUTS: readonly Layout[] = [
  {
    id: 'dingtalk-raw', label: { zh: '钉钉 原始记录', en: 'DingTalk raw punches' }, kind: 'attendance', system: 'dingtalk',
    signature: ['姓名', '考勤日期', '打卡时间', '打卡结果'], anchor: '姓名',
    source: 'NanQinling/HRMS Models/DD_YuanShi.cs',
  },
  {
    id: 'dingtalk-daily', label: { zh: '钉钉 每日统计', en: 'DingTalk daily statistics' }, kind: 'attendance', system: 'dingtalk',
    signature: ['姓名', '日期', '班次', '上班1打卡时间'], anchor: '姓名',
    source: 'parseDingdingExcelDailyStatisticsData (Java importer); zensgit/metasheet2 docs/ATTENDANCE_IMPORT_DINGTALK_CSV.md',
  },
  {
    id: 'wecom-daily', label: { zh: '企业微信 上下班打卡日报', en: 'WeCom daily clock-in report' }, kind: 'attendance', system: 'wecom',
    signature: ['时间', '姓名', '账号', '上班1打卡时间'], anchor: '姓名',
    source: 'wechat_parser fixtures; pandas readers with header=3; SOOLUCKY/work FileServiceImpl',
  },
  {
    id: 'feishu-monthly', label: { zh: '飞书 考勤月度汇总', en: 'Feishu monthly attendance summary' }, kind: 'attendance', system: 'feishu',
    signature: ['姓名', '每日考勤结果'], anchor: '姓名',
    source: 'a public Feishu CSV importer (parseAttendanceCSV: group header 每日考勤结果, dates as "2025-10-01 星期三", cells like 正常(09:00),正常(18:05))',
  },
  {
    id: 'dingtalk-grid', label: { zh: '钉钉 打卡时间', en: 'DingTalk monthly punch grid' }, kind: 'attendance', system: 'dingtalk',
    signature: ['姓名', '考勤组', 'UserId'], anchor: '姓名',
    source: 'funny-node/ddkq lib/get_time_all.js',
  },
  {
    id: 'zkteco-raw', label: { zh: '中控 原始打卡记录', en: 'ZKTeco raw punches' }, kind: 'attendance', system: 'clock',
    signature: ['考勤号码', '日期时间'], anchor: '考勤号码',
    source: 'Laravel and Python importers reading 考勤号码, 日期时间',
  },
  {
    id: 'zkteco-usb', label: { zh: '中控 刷卡记录', en: 'ZKTeco USB punch report' }, kind: 'attendance', system: 'clock',
    signature: [], anchor: '',
    source: 'sjinyu1999/Attendance count.py; XinweiChai/exercises work_stat/work_stat_basic.py',
  },
  {
    id: 'clink-outbound', label: { zh: '天润融通 外呼通话记录', en: 'TI-NET Clink outbound calls' }, kind: 'calls', system: 'seat',
    signature: ['座席号', '开始时间', '接听状态'], anchor: '开始时间',
    source: 'net-boblog/tcc-bcapi sql/ccic2/cdr_ob.sql',
  },
  {
    id: 'vicidial-calls', label: { zh: 'VICIdial 通话导出', en: 'VICIdial Export Calls Report' }, kind: 'calls', system: 'dialer',
    signature: ['call_date', 'status', 'user'], anchor: 'call_date',
    source: 'VICIdial www/vicidial/call_report_export.php; statuses in extras/MySQL_AST_CREATE_tables.sql',
  },
  {
    id: '7moor-cdr', label: { zh: '容联七陌 通话记录', en: '7moor call records' }, kind: 'calls', system: 'seat',
    signature: ['CALL_SHEET_ID', 'CONNECT_TYPE', 'STATUS', 'EXTEN'], anchor: 'CALL_SHEET_ID',
    source: 'KeZengOo/wechatHelper Call7mmorRequestBean.java / Call7mmorResponseBean.java (7moor getCCCdr fields)',
  },
];

export function layoutOf(id: ExportId): Layout {
  return LAYOUTS.find((l) => l.id === id)!;
}
