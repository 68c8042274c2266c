// One agent's month of attendance and call rows, spread from the plan with a seeded generator.
import type { BookCell } from './book.js';
import type { Agent, DayPlan, Month, Punch, Punches } from './outbound-center-cast.js';
import { rngFrom, type Rng } from './prng.js';

export interface AgentMonthRows {
  /** 工号, 日期, 上班打卡, 午间下班, 午间上班, 下班打卡, 请假类型, 请假天数, 已报备 */
  attendance: BookCell[][];
  /** 工号, 日期, 外呼量, 接通量, 成功量 */
  calls: BookCell[][];
}

/** One worked (or half-worked) day to give successes to. */
interface Slot {
  date: string;
  weight: number;
  fixed?: number;
  /** cap on the month's running total through this day (keeps the A-BON-1 races as planned) */
  runningCap?: number;
}

/** No one but the planned racers reaches 50 on the first workday or 100 by the second (A-BON-1). */
const RACE_CAPS = [49, 99];

/**
 * Splits a monthly total over the slots: about total ÷ days each, ±20 %, fixed days kept,
 * race caps honoured, then nudged one by one on the free days until the sum is exact.
 */
export function spread(total: number, slots: Slot[], rng: Rng, maxPerDay: number): number[] {
  const free = slots.filter((s) => s.fixed === undefined);
  const fixedSum = slots.reduce((n, s) => n + (s.fixed ?? 0), 0);
  const mean = (total - fixedSum) / free.reduce((n, s) => n + s.weight, 0);
  const values: number[] = [];
  let running = 0;
  for (const s of slots) {
    let v = s.fixed ?? Math.round(mean * s.weight * rng.between(0.8, 1.2));
    if (s.fixed === undefined) v = Math.max(1, Math.min(v, Math.floor(maxPerDay * s.weight)));
    // Under a race cap, stop a few short of it at random so the first days do not all read 49 / 99.
    const room = s.runningCap === undefined || s.fixed !== undefined ? Infinity : s.runningCap - running;
    if (v > room) v = Math.max(1, room - rng.int(0, 6));
    values.push(v);
    running += v;
  }
  const adjustable = slots.flatMap((s, i) => (s.fixed === undefined && s.runningCap === undefined ? [i] : []));
  let diff = total - running;
  while (diff !== 0) {
    let moved = false;
    for (const i of adjustable) {
      if (diff === 0) break;
      const step = Math.sign(diff);
      const next = values[i] + step;
      if (next < 1 || next > Math.floor(maxPerDay * slots[i].weight)) continue;
      values[i] = next;
      diff -= step;
      moved = true;
    }
    if (!moved) throw new Error(`cannot spread ${total} successes over ${slots.length} days`, { cause: { code: 'EXAMPLE_PLAN' } });
  }
  return values;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (h: number, m: number): string => `${pad(h)}:${pad(m)}`;

function punchCell(p: Punch | undefined): BookCell {
  if (p === undefined || p === null) return null;
  return typeof p === 'string' ? { time: p } : p.text;
}

/** On-time punches for a day, the plan's own punches winning; a half day keeps the worked half. */
function punches(plan: Punches, half: 'am' | 'pm' | null, four: boolean, rng: Rng): BookCell[] {
  const p: Punches = {
    in: half === 'am' ? clock(13, rng.int(15, 29)) : clock(8, rng.int(30, 59)),
    out: half === 'pm' ? clock(12, rng.int(0, 10)) : clock(18, rng.int(0, 40)),
  };
  if (four && half === null) Object.assign(p, { noonOut: clock(12, rng.int(0, 10)), noonIn: clock(13, rng.int(10, 29)) });
  Object.assign(p, plan);
  return [punchCell(p.in), punchCell(p.noonOut), punchCell(p.noonIn), punchCell(p.out)];
}

const isLeave = (d: DayPlan): d is Extract<DayPlan, { leave: string }> => 'leave' in d;

/** The rows of one agent in one month; workdays are the month's workdays in date order. */
export function agentMonthRows(agent: Agent, month: Month, workdays: string[]): AgentMonthRows {
  const plan = agent.months[month];
  const out: AgentMonthRows = { attendance: [], calls: [] };
  if (!plan) return out;
  const rng = rngFrom(`${agent.id}:${month}`);
  const slots: Slot[] = [];
  workdays.forEach((date, index) => {
    if (date < agent.hire) return;
    const day: DayPlan = plan.days?.[date] ?? {};
    if ('noRecord' in day) return;
    const dateCell = { date };
    if (isLeave(day)) {
      const days = day.half ? 0.5 : 1;
      const reported = day.leave === '旷工' ? null : day.reported === false ? '否' : '是';
      const worked = day.half ? punches({}, day.half, false, rng) : [null, null, null, null];
      out.attendance.push([agent.id, dateCell, ...worked, day.leave, days, reported]);
      if (day.half) slots.push({ date, weight: 0.5 });
    } else {
      out.attendance.push([agent.id, dateCell, ...punches(day, null, agent.fourPunch ?? false, rng), null, null, null]);
      slots.push({ date, weight: 1 });
    }
    const last = slots[slots.length - 1];
    if (last?.date === date && index < RACE_CAPS.length) last.runningCap = RACE_CAPS[index];
    if (last?.date === date && plan.fixed?.[date] !== undefined) last.fixed = plan.fixed[date];
  });
  const successes = spread(plan.successes, slots, rng, plan.weak ? 44 : 140);
  const [qMin, qMax] = plan.dialRatio ?? [2.6, 3.2];
  slots.forEach((s, i) => {
    const made = Math.round(successes[i] * rng.between(2.1, 2.5));
    // Ordinary agents always meet A-TGT-2 through 100 connected; weak ones never meet it.
    const connected = plan.weak ? Math.min(99, made) : Math.max(100, made);
    const dials = Math.round(connected * rng.between(qMin, qMax));
    out.calls.push([agent.id, { date: s.date }, dials, connected, successes[i]]);
  });
  return out;
}
