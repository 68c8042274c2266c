// What every rule kind module provides: its schema, the inputs it reads, its Policy-sheet labels and its month steps.
import type { z } from 'zod';
import type { Need } from '../needs.js';
import type { LabelDef } from '../policy-labels.js';
import type { AgentStep, AgentsStep, CheckStep, MonthStep, StandingStep } from '../../month/steps.js';
import type { Issue } from '../../types.js';
import type { MonthAgent } from '../../month/month.js';

/** The policy's KPI columns (metric key → header texts), which metric inputs are read from. */
export interface KpiColumns {
  kpiColumns: { key: string; headers: string[] }[];
}

/** A rule with its index in policy.rules (the index of its lines in `byRule`). */
export interface Indexed<R> {
  rule: R;
  index: number;
}

/**
 * One rule kind. The month loop calls the steps a kind has, kind by kind in registry order and, within a kind, in
 * policy order: `monthIssues` once, `agent` for each agent, then `agents` with the month's agents together, then `standing` per agent.
 */
export interface KindModule<S extends z.ZodObject, R = z.infer<S>> {
  /** the `kind` tag, as in the schema */
  kind: string;
  schema: S;
  /** the kind's name in the Policy sheet's kind column [中文, English] */
  title: readonly [zh: string, en: string];
  /** labels of the kind's own fields, keyed 'rules[].field' (fields several kinds share are in policy-labels.ts) */
  labels: Readonly<Record<string, LabelDef>>;
  /** a policy may hold at most one rule of the kind */
  once?: boolean;
  /** the sheets, columns and metrics a rule reads (null: a derived metric, nothing to read) */
  inputs(rule: R, policy: KpiColumns): (Need | null)[];
  /** throws { code: 'bad-policy' } when the rule cannot run under this policy */
  check?(rule: R, c: CheckStep): void;
  /** issues of the month before any agent's (a target rule's month without call data) */
  monthIssues?(rules: readonly R[], m: MonthStep): Issue[];
  agent?(rule: R, index: number, a: AgentStep): void;
  agents?(rules: readonly Indexed<R>[], s: AgentsStep): void;
  standing?(rules: readonly R[], a: MonthAgent, s: StandingStep): void;
}
