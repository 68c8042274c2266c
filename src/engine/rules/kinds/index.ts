// The registry of rule kinds: the policy schema's union of rules and the month loop's dispatch are built from this list.
import { z } from 'zod';
import { attendance } from './attendance.js';
import { bands } from './bands.js';
import { catalogue } from './catalogue.js';
import { commission } from './commission.js';
import { first } from './first.js';
import type { KindModule } from './kind.js';
import { newHire } from './new-hire.js';
import { rank } from './rank.js';
import { status } from './status.js';
import { target } from './target.js';
import { team } from './team.js';
import { tiers } from './tiers.js';
import { weighted } from './weighted-score.js';

/**
 * Every rule kind, in the order the month loop runs their steps: attendance first (the days worked that targets read),
 * the event catalogues and targets before the month's prizes, bands and status last (they read the month's score).
 */
export const KINDS = [attendance, catalogue, target, tiers, rank, first, team, commission, weighted, bands, status, newHire] as const;

type Schemas<T extends readonly KindModule<z.ZodObject>[]> = { -readonly [I in keyof T]: T[I]['schema'] };
const schemasOf = <T extends readonly KindModule<z.ZodObject>[]>(kinds: T) => kinds.map((k) => k.schema) as Schemas<T>;

/** One rule of any kind, told apart by its `kind` tag. */
export const ruleSchema = z.discriminatedUnion('kind', schemasOf(KINDS));

export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
export type { AttendanceRule } from './attendance.js';
export type { CatalogueRule, PolicyEvent } from './catalogue.js';
export type { TargetRule } from './target.js';
export type { Step } from '../schema.js';

/** A kind with its steps typed over any rule: the month loop hands each kind only rules of its own. */
export type AnyKind = KindModule<z.ZodObject, Rule>;

/** The registry as the month loop iterates it. */
export const KIND_LIST = KINDS as readonly unknown[] as readonly AnyKind[];

const BY_KIND = new Map(KIND_LIST.map((k) => [k.kind, k]));

/** The module of a rule's kind (the schema admits no other kind). */
export function kindOf(kind: RuleKind): AnyKind {
  return BY_KIND.get(kind)!;
}
