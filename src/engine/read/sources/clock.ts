// Wall-clock reading of Date cells in a time zone, and date/time text scanning, for the cell parsers.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Zone {
  fmt: Intl.DateTimeFormat;
  /** UTC hour bucket → zone offset in ms over the whole hour, or NaN when the offset changes inside it */
  offsets: Map<number, number>;
  /** the bucket looked up last and its offset (rows of one hour often come together) */
  lastBucket: number;
  lastOffset: number;
}

const zones = new Map<string, Zone>();
let lastZoneName = '';
let lastZone: Zone | null = null;

function zoneOf(timeZone: string): Zone {
  if (timeZone === lastZoneName && lastZone !== null) return lastZone;
  let z = zones.get(timeZone);
  if (z) {
    lastZoneName = timeZone;
    lastZone = z;
    return z;
  }
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch (err) {
    throw new Error(`unknown time zone "${timeZone}"`, { cause: { code: 'bad-time-zone', err } });
  }
  z = { fmt, offsets: new Map(), lastBucket: NaN, lastOffset: NaN };
  zones.set(timeZone, z);
  return z;
}

/** Zone offset (ms, whole seconds) at instant t, read through Intl: wall clock minus UTC. */
function offsetAt(z: Zone, t: number): number {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of z.fmt.formatToParts(new Date(t))) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value; break;
      case 'minute': mi = +p.value; break;
      case 'second': s = +p.value; break;
      default: break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * Milliseconds of the wall clock in `timeZone` at instant `t`, counted as if that wall clock were UTC.
 * 'UTC' is a fast path; other zones cost one Intl call pair per UTC hour seen (cached), so whole sheets stay cheap.
 */
export function wallMs(t: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return t;
  const z = zoneOf(timeZone);
  const bucket = Math.floor(t / HOUR_MS);
  let off = bucket === z.lastBucket ? z.lastOffset : z.offsets.get(bucket);
  if (off === undefined) {
    const start = offsetAt(z, bucket * HOUR_MS);
    const end = offsetAt(z, bucket * HOUR_MS + HOUR_MS - 1);
    off = start === end ? start : NaN;
    if (z.offsets.size > 100_000) z.offsets.clear();
    z.offsets.set(bucket, off);
  }
  z.lastBucket = bucket;
  z.lastOffset = off;
  return t + (Number.isNaN(off) ? offsetAt(z, t) : off);
}

const isoByDay = new Map<number, string>();
let lastDay = NaN;
let lastIso = '';

/** ISO yyyy-mm-dd for a day number (days since 1970-01-01), cached. */
export function isoOfDay(day: number): string {
  if (day === lastDay) return lastIso;
  let s = isoByDay.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoByDay.size > 200_000) isoByDay.clear();
    isoByDay.set(day, s);
  }
  lastDay = day;
  lastIso = s;
  return s;
}

/** Day number of a valid y-m-d (1900–2199), else NaN. */
export function dayOf(y: number, m: number, d: number): number {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return NaN;
  const dim = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > dim) return NaN;
  // days_from_civil (H. Hinnant): integer arithmetic, no Date per cell
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Result slots of the scanners below (module-level, so scanning a cell allocates nothing). */
export const scan = { day: NaN, seconds: -1, month: '' };

// Character codes the scanners compare (charCodeAt avoids a one-character string per test).
const DASH = 45, DOT = 46, SLASH = 47, COLON = 58, T = 84;
const NIAN = 0x5e74, YUE = 0x6708, RI = 0x65e5, HAO = 0x53f7, DIAN = 0x70b9, SHI = 0x65f6, FEN = 0x5206, MIAO = 0x79d2, BAN = 0x534a;

function isDateSep(c: number, last: number): boolean {
  return c === DASH || c === SLASH || c === DOT || c === last;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) <= 32) i++;
  return i;
}

/**
 * Scans a time of day at s[i..] to the end of s (half-width text): 9:07, 09:07:30, 9:07 pm, 9点07分, 9点半.
 * Returns seconds after midnight, or -1 when it is not a time of day.
 */
export function scanTime(s: string, i: number): number {
  const n = s.length;
  let pm = -1; // -1 no marker, 0 am, 1 pm
  if (s.startsWith('上午', i)) { pm = 0; i += 2; } else if (s.startsWith('下午', i) || s.startsWith('晚上', i)) { pm = 1; i += 2; }
  let h = 0, m = 0, sec = 0, k = i;
  while (k < n && isDigit(s.charCodeAt(k))) h = h * 10 + s.charCodeAt(k++) - 48;
  if (k === i || k - i > 2) return -1;
  const sep = s.charCodeAt(k);
  if (sep === COLON) {
    let j = ++k;
    while (k < n && isDigit(s.charCodeAt(k))) m = m * 10 + s.charCodeAt(k++) - 48;
    if (k - j !== 2 && k - j !== 1) return -1;
    if (s.charCodeAt(k) === COLON) {
      j = ++k;
      while (k < n && isDigit(s.charCodeAt(k))) sec = sec * 10 + s.charCodeAt(k++) - 48;
      if (k - j !== 2) return -1;
      if (s.charCodeAt(k) === DOT) { k++; while (k < n && isDigit(s.charCodeAt(k))) k++; } // fraction of a second dropped
    }
  } else if (sep === DIAN || sep === SHI) {
    k++;
    if (s.charCodeAt(k) === BAN) { m = 30; k++; } else {
      const j = k;
      while (k < n && isDigit(s.charCodeAt(k))) m = m * 10 + s.charCodeAt(k++) - 48;
      if (k - j > 2) return -1;
      if (k > j && s.charCodeAt(k) === FEN) {
        k++;
        const js = k;
        while (k < n && isDigit(s.charCodeAt(k))) sec = sec * 10 + s.charCodeAt(k++) - 48;
        if (k - js > 2) return -1;
        if (k > js && s.charCodeAt(k) === MIAO) k++;
      }
    }
  } else return -1;
  k = skipSpaces(s, k);
  if (pm === -1 && k + 1 < n) {
    const a = s.slice(k, k + 2).toLowerCase();
    if (a === 'am' || a === 'pm') { pm = a === 'pm' ? 1 : 0; k = skipSpaces(s, k + 2); }
  }
  if (k !== n) return -1;
  if (pm !== -1) {
    if (h < 1 || h > 12) return -1;
    h = (h % 12) + pm * 12;
  }
  if (h > 23 || m > 59 || sec > 59) return -1;
  return h * 3600 + m * 60 + sec;
}

/**
 * Scans a date, optionally followed by a time, from half-width text: 2026-10-08, 2026/10/8, 2026.10.8,
 * 2026年10月8日, 20261008, '2026-10-08 09:07:30', '2026-10-08T09:07'. Sets scan.day and scan.seconds
 * (-1 without a time); returns false when the text is not one of these.
 */
export function scanDateText(s: string): boolean {
  const n = s.length;
  let i = skipSpaces(s, 0);
  let y = 0, m = 0, d = 0, k = i;
  while (k < n && isDigit(s.charCodeAt(k))) y = y * 10 + s.charCodeAt(k++) - 48;
  if (k - i === 8) {
    d = y % 100; m = Math.floor(y / 100) % 100; y = Math.floor(y / 10_000);
  } else {
    if (k - i !== 4) return false;
    if (!isDateSep(s.charCodeAt(k), NIAN)) return false;
    i = ++k;
    while (k < n && isDigit(s.charCodeAt(k))) m = m * 10 + s.charCodeAt(k++) - 48;
    if (k - i < 1 || k - i > 2) return false;
    if (!isDateSep(s.charCodeAt(k), YUE)) return false;
    i = ++k;
    while (k < n && isDigit(s.charCodeAt(k))) d = d * 10 + s.charCodeAt(k++) - 48;
    if (k - i < 1 || k - i > 2) return false;
    if (s.charCodeAt(k) === RI || s.charCodeAt(k) === HAO) k++;
  }
  const day = dayOf(y, m, d);
  if (Number.isNaN(day)) return false;
  scan.day = day;
  scan.seconds = -1;
  const t = s.charCodeAt(k) === T ? k + 1 : skipSpaces(s, k);
  if (t >= n) return true;
  const sec = scanTime(s, t);
  if (sec < 0) return false;
  scan.seconds = sec;
  return true;
}

/**
 * Scans a month from half-width text: 2026-10, 2026/10, 2026.10, 2026年10月, 202610. Sets scan.month
 * (yyyy-mm); returns false otherwise (full dates are left to the date scanner).
 */
export function scanMonthText(s: string): boolean {
  const n = s.length;
  let i = skipSpaces(s, 0);
  let y = 0, m = 0, k = i;
  while (k < n && isDigit(s.charCodeAt(k))) y = y * 10 + s.charCodeAt(k++) - 48;
  if (k - i === 6) {
    m = y % 100; y = Math.floor(y / 100);
  } else {
    if (k - i !== 4) return false;
    if (!isDateSep(s.charCodeAt(k), NIAN)) return false;
    i = ++k;
    while (k < n && isDigit(s.charCodeAt(k))) m = m * 10 + s.charCodeAt(k++) - 48;
    if (k - i < 1 || k - i > 2) return false;
    if (s.charCodeAt(k) === YUE) k++;
  }
  if (skipSpaces(s, k) !== n || y < 1900 || y > 2199 || m < 1 || m > 12) return false;
  scan.month = `${y}-${m < 10 ? '0' : ''}${m}`;
  return true;
}
