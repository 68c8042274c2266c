// Whole minutes late or early against a schedule time (A-ATT-1); shared by the engine and the cell functions.

/**
 * Whole minutes a punch is after the start time; seconds are dropped (09:07:59 is 7 minutes).
 * Within the grace minutes it is 0; past them every minute counts. Punches at or before start are 0.
 */
export function lateMinutes(punchSeconds: number, startSeconds: number, graceMinutes = 0): number {
  const minutes = Math.floor((punchSeconds - startSeconds) / 60);
  return minutes > graceMinutes ? minutes : 0;
}

/** Whole minutes a punch is before the end time, seconds dropped; 0 within the grace minutes. */
export function earlyMinutes(punchSeconds: number, endSeconds: number, graceMinutes = 0): number {
  const minutes = Math.floor((endSeconds - punchSeconds) / 60);
  return minutes > graceMinutes ? minutes : 0;
}
