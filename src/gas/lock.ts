// Runs server work under the document lock, so two reports are never written at the same time.

/** How long a caller waits for another run to finish before being told the add-on is busy, ms. */
export const LOCK_WAIT_MS = 3000;

/** Runs `work` holding the document lock; throws { code: 'busy' } when another execution holds it. */
export function withDocumentLock<R>(work: () => R): R {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('the document lock is held by another run', { cause: { code: 'busy' } });
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
