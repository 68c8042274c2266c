// A policy's consistency, checked before a run, so a fault typed into a Policy sheet is an issue, never a crash.
import { prepare } from '../month/month.js';
import { callRowsOf } from '../read/sources/call-store.js';
import { KIND_LIST } from './kinds/index.js';
import { ruleOf, type Policy, type RuleKind } from './policy.js';
import type { SourceData } from '../types.js';

const NO_DATA: SourceData = {
  employees: [], attendance: [], calls: callRowsOf([]), events: [], calendar: null, kpi: [], issues: [],
  sheetNames: { roster: null, attendance: null, calls: null, events: null, calendar: null, kpi: null }, language: 'en',
};

/** Kinds a policy may hold once. */
const ONCE = KIND_LIST.filter((k) => k.once).map((k) => k.kind as RuleKind);

const isPolicyFault = (e: unknown): e is Error =>
  e instanceof Error && (e.cause as { code?: string } | undefined)?.code === 'bad-policy';

/**
 * The faults that would stop a run of this policy — a metric or status measure nobody knows, a team prize or status
 * rule naming a missing target rule, a one-only kind given twice, an event code in two catalogues — as texts; [] when
 * it can run. The engine throws these ({ code: 'bad-policy' }); this turns them into data before it gets there.
 */
export function policyFaults(policy: Policy): string[] {
  const faults: string[] = [];
  const check = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (!isPolicyFault(e)) throw e;
      faults.push(e.message);
    }
  };
  check(() => prepare(NO_DATA, policy));
  for (const kind of ONCE) check(() => ruleOf(policy, kind));
  return faults;
}
