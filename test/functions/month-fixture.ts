// Test fixture: a small November 2026 (21 workdays, no holidays) for the month-level functions, as 2D ranges.

/** The 21 workdays of 2026-11: Mondays to Fridays, 2–6, 9–13, 16–20, 23–27 and 30. */
export const NOVEMBER_WORKDAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30]
  .map((d) => `2026-11-${String(d).padStart(2, '0')}`);

/**
 * Two agents of team 一组 on 3000 元 base, both on time every workday with 200 dials, 100 connected and
 * 45 successes a day, except: A001 clocks in at 09:07 on 2026-11-03; A002 has one service-code breach (A-ATT-6).
 */
export function novemberRanges(clockInA001On3rd = '09:07'): { roster: unknown[][]; attendance: unknown[][]; calls: unknown[][]; events: unknown[][] } {
  const roster = [['ID', 'Name', 'Team', 'Base salary'], ['A001', '王芳', '一组', 3000], ['A002', '李雷', '一组', 3000]];
  const attendance: unknown[][] = [['ID', 'Date', 'Clock in', 'Clock out']];
  const calls: unknown[][] = [['ID', 'Date', 'Dials', 'Connected', 'Successes']];
  for (const id of ['A001', 'A002']) {
    for (const day of NOVEMBER_WORKDAYS) {
      attendance.push([id, day, id === 'A001' && day === '2026-11-03' ? clockInA001On3rd : '08:55', '18:05']);
      calls.push([id, day, 200, 100, 45]);
    }
  }
  const events = [['ID', 'Date', 'Code'], ['A002', '2026-11-10', 'A-ATT-6']];
  return { roster, attendance, calls, events };
}
