// Readers of per-call exports (TI-NET Clink, VICIdial, 7moor): one CallRow per call, its status read through the vocabulary.
import type { CallRow, CellValue } from '../types.js';
import type { ExportSheet } from './context.js';
import { columnOf, type Header, textOf } from './header.js';
import { type CallExportId, statusClassifier, vocabularyFor } from './statuses.js';
import { durationSeconds, exportDate, exportDateTime } from './values.js';

/** Columns (0-based, −1 when absent) of a per-call export that its rows are read by. */
export interface CallColumns {
  key: number;
  name: number;
  /** the call's start: date and time */
  at: number;
  status: number;
  /** talk time: '00:02:15' or seconds */
  talk: number;
  /** 7moor: rows of another direction are skipped (null: every row is outbound) */
  outbound?: { col: number; values: Set<string> };
}

/**
 * Where a per-call export keeps what is read (one source of truth for the tab readers and src/calls/exports.ts):
 * TI-NET Clink 外呼通话记录: 座席号, 座席名称, 开始时间, 接听状态 (双方接听 …), 通话时长 (`00:02:15`);
 * VICIdial Export Calls Report: call_date, status (disposition code), user (dialer login), full_name, length_in_sec;
 * 7moor (容联七陌): EXTEN (座席工号), OFFERING_TIME, STATUS (dealing …), CONNECT_TYPE (dialout = outbound), CALL_TIME_LENGTH.
 */
export function callColumnsOf(id: CallExportId, h: Header): CallColumns {
  switch (id) {
    case 'clink-outbound':
      return { key: columnOf(h, '座席号'), name: columnOf(h, '座席名称'), at: columnOf(h, '开始时间'),
        status: columnOf(h, '接听状态'), talk: columnOf(h, '通话时长') };
    case 'vicidial-calls':
      return { key: columnOf(h, 'user'), name: columnOf(h, 'full_name'), at: columnOf(h, 'call_date'),
        status: columnOf(h, 'status'), talk: columnOf(h, 'length_in_sec') };
    case '7moor-cdr':
      return { key: columnOf(h, 'EXTEN'), name: columnOf(h, 'AGENT_NAME'), at: columnOf(h, 'OFFERING_TIME', 'BEGIN_TIME'),
        status: columnOf(h, 'STATUS'), talk: columnOf(h, 'CALL_TIME_LENGTH'),
        outbound: { col: columnOf(h, 'CONNECT_TYPE'), values: OUTBOUND_7MOOR } };
  }
}

/** 7moor CONNECT_TYPE values of an outbound call (compared trimmed, half-width, lower-case). */
const OUTBOUND_7MOOR = new Set(['dialout', 'dialtransfer']);

/** TI-NET Clink 外呼通话记录. */
export function readClink(es: ExportSheet, h: Header): { calls: CallRow[]; hasSuccess: boolean } {
  return readCalls(es, h, callColumnsOf('clink-outbound', h));
}

/** VICIdial Export Calls Report. */
export function readVicidial(es: ExportSheet, h: Header): { calls: CallRow[]; hasSuccess: boolean } {
  return readCalls(es, h, callColumnsOf('vicidial-calls', h));
}

/** 7moor (容联七陌) call records. */
export function read7moor(es: ExportSheet, h: Header): { calls: CallRow[]; hasSuccess: boolean } {
  return readCalls(es, h, callColumnsOf('7moor-cdr', h));
}

function readCalls(es: ExportSheet, h: Header, c: CallColumns): { calls: CallRow[]; hasSuccess: boolean } {
  const vocab = vocabularyFor(es.layout.id, es.settings.callStatuses);
  const classify = statusClassifier(vocab);
  es.keyAt(h.written[c.key], c.key);
  const out: CallRow[] = [];
  for (let r = h.dataStart; r < es.values.length; r++) {
    const v = es.values[r];
    if (textOf(v[c.key]) === '' && textOf(v[c.at]) === '' && !(v[c.at] instanceof Date)) continue;
    const row = r + 1;
    es.rows++;
    if (c.outbound && c.outbound.col >= 0 && !c.outbound.values.has(textOf(v[c.outbound.col]).toLowerCase())) {
      es.count('inboundSkipped');
      continue;
    }
    const when = callTime(v[c.at] ?? null, es.timeZone);
    if (when === null) {
      es.issue(textOf(v[c.at]) === '' ? 'missing-value' : 'bad-date', row, c.at, h.written[c.at], v[c.at] ?? null, { field: h.written[c.at] });
      continue;
    }
    es.saw(when.date);
    const id = es.person({ key: textOf(v[c.key]), name: c.name < 0 ? null : textOf(v[c.name]) }, row);
    if (id === null) continue;
    const status = c.status < 0 ? '' : textOf(v[c.status]);
    const outcome = classify.outcome(status);
    if (outcome === 0) {
      es.count('notDial');
      continue;
    }
    if (classify.known(status)) es.count('statusesMapped');
    const talk = c.talk < 0 ? 0 : durationSeconds(v[c.talk] ?? null) ?? 0;
    es.count('dials');
    if (outcome >= 2) es.count('connected');
    if (outcome === 3) es.count('successes');
    out.push({
      id, date: when.date, time: when.seconds, dials: 1, connected: outcome >= 2 ? 1 : 0, successes: outcome === 3 ? 1 : 0,
      talkMinutes: Math.round((talk / 60) * 100) / 100, appointments: 0, opportunities: 0, contractPaymentFen: 0, contacts: 0, invitations: 0,
      row,
      cells: {
        id: es.cell(row, c.key), date: es.cell(row, c.at), dials: es.cell(row, c.at),
        ...(c.status >= 0 ? { result: es.cell(row, c.status), connected: es.cell(row, c.status) } : {}),
        ...(vocab.success !== null && c.status >= 0 ? { successes: es.cell(row, c.status) } : {}),
        ...(c.talk >= 0 ? { talkMinutes: es.cell(row, c.talk) } : {}),
      },
    });
  }
  return { calls: out, hasSuccess: vocab.success !== null };
}

/** A call's start as the readers take it: a date-time, else a date alone (time null); null when neither. */
export function callTime(v: CellValue, tz: string): { date: string; seconds: number | null } | null {
  const dt = exportDateTime(v, tz);
  if (dt) return dt;
  const d = exportDate(v, tz);
  return d === null ? null : { date: d, seconds: null };
}
