// Punches to days: one person's punches of a date assigned to the schedule's slots by time, near-duplicates dropped.
import type { AttendanceDay } from '../types.js';

/** One punch read from an export. */
export interface Punch {
  id: string;
  date: string;
  /** seconds after midnight */
  at: number;
  /** 1-based row and A1 cell it was read from */
  row: number;
  cell: string;
  /** A1 cell of the person's key on that row */
  idCell: string;
}

/** A schedule segment in seconds after midnight. */
export interface Segment { start: number; end: number }

/** Punches within this many seconds of the punch before them are the same punch given twice. */
export const DUPLICATE_SECONDS = 60;

type Slot = 'clockIn' | 'noonOut' | 'noonIn' | 'clockOut';

export interface PunchDays {
  days: AttendanceDay[];
  /** punches that filled a slot */
  assigned: number;
  /** punches within DUPLICATE_SECONDS of the one before */
  duplicates: number;
  /** further punches in a slot's window that a slot already took (the earliest arrival, the latest departure count) */
  extra: number;
}

/**
 * Windows of the slots, cut halfway: one segment (09:00–18:00) → in before 13:30, out from 13:30; two segments
 * (09:00–12:00, 13:30–18:00) → in before 10:30, noon out before 12:45, noon in before 15:45, out after. An arrival slot
 * takes the earliest punch of its window, a departure slot the latest. A window without a punch leaves its slot
 * empty: a forgotten clock-out stays a missing punch, never an early leave made of the last punch of the day.
 */
export function slotBounds(segments: readonly Segment[]): { slot: Slot; until: number }[] {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (segments.length === 1) return [{ slot: 'clockIn', until: mid(first.start, first.end) }, { slot: 'clockOut', until: Infinity }];
  const second = segments[1];
  return [
    { slot: 'clockIn', until: mid(first.start, first.end) },
    { slot: 'noonOut', until: mid(first.end, second.start) },
    { slot: 'noonIn', until: mid(second.start, last.end) },
    { slot: 'clockOut', until: Infinity },
  ];
}

function mid(a: number, b: number): number {
  return Math.floor((a + b) / 2);
}

const ARRIVAL: ReadonlySet<Slot> = new Set(['clockIn', 'noonIn']);

/** One AttendanceDay per person and date from loose punches (any order); row and id cell of the day's first punch. */
export function daysFromPunches(punches: readonly Punch[], segments: readonly Segment[]): PunchDays {
  const bounds = slotBounds(segments);
  const groups = new Map<string, Punch[]>();
  for (const p of punches) {
    const k = `${p.id}\u0000${p.date}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const out: PunchDays = { days: [], assigned: 0, duplicates: 0, extra: 0 };
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.at - b.at || a.row - b.row);
    const kept: Punch[] = [];
    for (const p of sorted) {
      const prev = kept[kept.length - 1];
      if (prev && p.at - prev.at <= DUPLICATE_SECONDS) out.duplicates++;
      else kept.push(p);
    }
    const slots: Partial<Record<Slot, Punch>> = {};
    for (const p of kept) {
      const { slot } = bounds.find((b) => p.at < b.until)!;
      const taken = slots[slot];
      if (!taken) slots[slot] = p;
      else {
        out.extra++;
        if (!ARRIVAL.has(slot)) slots[slot] = p; // departures: the latest punch of the window
      }
    }
    out.assigned += Object.keys(slots).length;
    const firstRow = [...list].sort((a, b) => a.row - b.row)[0];
    const t = (s: Slot) => slots[s]?.at ?? null;
    const cells: AttendanceDay['cells'] = { id: firstRow.idCell, date: firstRow.cell };
    for (const s of ['clockIn', 'noonOut', 'noonIn', 'clockOut'] as const) if (slots[s]) cells[s] = slots[s]!.cell;
    out.days.push({
      id: firstRow.id, date: firstRow.date, clockIn: t('clockIn'), clockOut: t('clockOut'), noonOut: t('noonOut'), noonIn: t('noonIn'),
      leaveType: null, leaveDays: 0, reported: true, row: firstRow.row, cells,
    });
  }
  return out;
}
