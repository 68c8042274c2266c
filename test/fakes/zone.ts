// Wall-clock ↔ instant conversion in an IANA zone (through Intl), as Sheets does for date cells.

export interface WallClock {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall clock a Date shows in `tz`. */
export function wallClock(date: Date, tz: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second, ms: date.getUTCMilliseconds() };
}

/** The instant whose wall clock in `tz` is `w` (the first one, across a DST overlap). */
export function fromWallClock(w: WallClock, tz: string): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  let t = asUtc;
  // Two passes settle the zone offset (including historical local mean time offsets in seconds).
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(new Date(t), tz);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second, w.ms);
    t += asUtc - shown;
  }
  return new Date(t);
}

/** A Date read as UTC wall clock (exceljs) → the same wall clock in `tz` (Sheets' getValues). */
export function utcWallClockIn(date: Date, tz: string): Date {
  return fromWallClock({
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), ms: date.getUTCMilliseconds(),
  }, tz);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Utilities.formatDate for the SimpleDateFormat letters the add-on uses: yyyy MM dd HH mm ss, 'quoted' text. */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const w = wallClock(date, tz);
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (tok, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    switch (tok) {
      case 'yyyy': return pad(w.year, 4);
      case 'MM': return pad(w.month);
      case 'dd': return pad(w.day);
      case 'HH': return pad(w.hour);
      case 'mm': return pad(w.minute);
      default: return pad(w.second);
    }
  });
}
