// zod's validation issues in words HR reads, zh and en, for the cell they point at.
import type { Text } from '../../types.js';

/** The fields of a zod 4 issue this module reads. */
export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

/** Why zod refused a value; money limits are in fen inside, so `money` shows them in 元. */
export function zodReason(issue: ZodIssueLike, money: boolean): Text {
  const unit = (n: number | bigint | undefined) => (money ? Number(n) / 100 : Number(n));
  switch (issue.code) {
    case 'too_small': {
      const n = unit(issue.minimum);
      if (issue.origin === 'string') return { en: 'is blank', zh: '为空' };
      if (issue.origin === 'array') return { en: `needs at least ${n} row(s)`, zh: `至少需要 ${n} 行` };
      return issue.inclusive === false
        ? { en: `must be more than ${n}`, zh: `必须大于 ${n}` }
        : { en: `must be at least ${n}`, zh: `不能小于 ${n}` };
    }
    case 'too_big': {
      const n = unit(issue.maximum);
      if (issue.origin === 'array') return { en: `allows at most ${n} row(s)`, zh: `最多 ${n} 行` };
      return issue.inclusive === false
        ? { en: `must be less than ${n}`, zh: `必须小于 ${n}` }
        : { en: `must be at most ${n}`, zh: `不能大于 ${n}` };
    }
    case 'invalid_format':
      return { en: `has the wrong format (${issue.message})`, zh: `格式不对（${issue.message}）` };
    case 'invalid_type':
      return { en: `is missing or of the wrong type (${issue.message})`, zh: `缺失或类型不对（${issue.message}）` };
    default:
      return { en: `is not accepted (${issue.message})`, zh: `不符合要求（${issue.message}）` };
  }
}
