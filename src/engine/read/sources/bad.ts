// Why a cell could not be read (Bad), and the markers adapters hand over: shared by the cell parsers, no dependencies.
import type { IssueCode, MessageVars } from '../../messages.js';

/** Why a cell could not be read: the issue code to raise and a short English reason. */
export class Bad {
  constructor(readonly code: IssueCode, readonly reason: string, readonly vars: MessageVars = {}) {}
}

/**
 * What an adapter hands over for a formula cell that has no cached result (an .xlsx saved by a tool that does not
 * calculate): never read as blank or 0, always reported with its cell ('formula-no-value').
 */
export const NO_CACHED_VALUE = '#NO-CACHED-VALUE';

export const FORMULA_NO_VALUE = new Bad('formula-no-value', 'is a formula without a computed value');

export function isBad(x: unknown): x is Bad {
  return x instanceof Bad;
}

export const BLANK = new Bad('missing-value', 'is blank');
