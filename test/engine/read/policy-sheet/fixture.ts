// Small schemas in the shapes the policy uses (kind unions, nested tables, records), so the sheet is tested apart from the presets.
import { z } from 'zod';

const text = z.object({ zh: z.string(), en: z.string() });
const fen = z.number().int();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
const leave = z.enum(['rest', 'personal', 'sick']);
const step = z.object({ points: z.number().int(), amountFen: fen, flag: z.enum(['warning', 'promote']).nullable() });

/** Few fields, so its sheet can be written out by hand. Labels fall back to the keys (none are in POLICY_LABELS). */
export const tinySchema = z.object({
  code: z.string().min(1),
  title: text,
  late: z.object({
    graceMin: z.number().int().min(0),
    perMinuteFen: fen,
    counted: z.array(leave),
    strict: z.boolean(),
    opens: hhmm,
    share: z.number().min(0).max(100),
  }),
  steps: z.array(z.object({ atLeast: z.number().int(), prizeFen: fen })).min(1),
});

export type Tiny = z.infer<typeof tinySchema>;

export const tiny: Tiny = {
  code: 'T1',
  title: { zh: '小规则', en: 'Tiny' },
  late: { graceMin: 0, perMinuteFen: 100, counted: ['rest', 'personal'], strict: true, opens: '09:00', share: 60 },
  steps: [{ atLeast: 2000, prizeFen: 30000 }, { atLeast: 1500, prizeFen: 6000 }],
};

/** Every shape the generalised policy has: kind unions in blocks, a table with nested tables, records, nullables. */
export const deepSchema = z.object({
  code: z.string().min(1),
  language: z.enum(['zh', 'en']).nullable(),
  columns: z.array(z.object({ key: z.string().min(1), headers: z.array(z.string().min(1)).min(1) })),
  weights: z.record(z.string(), z.number()),
  byLevel: z.record(z.enum(['junior', 'senior']), z.number().int()).optional(),
  rules: z.array(z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('attendance'),
      rule: z.string().min(1),
      segments: z.array(z.object({ start: hhmm, end: hhmm })).min(1),
      perMinuteFen: fen,
      limit: z.object({ count: z.number().int().min(1), months: z.number().int().min(1) }).nullable(),
      counted: z.array(leave),
    }),
    z.object({
      kind: z.literal('catalogue'),
      name: text,
      events: z.array(z.object({ code: z.string().min(1), name: text, amountFen: fen, steps: z.array(step) })),
    }),
    z.object({
      kind: z.literal('target'),
      metrics: z.array(z.object({
        metric: z.string().min(1), value: z.number().min(0), byLevel: z.object({ junior: z.number(), senior: z.number() }).nullable(),
      })).min(1),
      miss: step,
    }),
  ])),
});

export type Deep = z.infer<typeof deepSchema>;

export const deep: Deep = {
  code: 'D1',
  language: null,
  columns: [{ key: 'reply', headers: ['Reply rate', '回复率'] }, { key: 'sales', headers: ['Sales'] }],
  weights: { reply: 5, 'target completion': 30 },
  rules: [
    {
      kind: 'attendance', rule: 'A-ATT-1', segments: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }],
      perMinuteFen: 100, limit: null, counted: [],
    },
    {
      kind: 'catalogue', name: { zh: '现场', en: 'Floor' },
      events: [
        { code: 'NOISE', name: { zh: '喧哗', en: 'noise' }, amountFen: -1000, steps: [] },
        { code: 'RUDE', name: { zh: '辱骂', en: 'abuse' }, amountFen: 0,
          steps: [{ points: 0, amountFen: 0, flag: 'warning' }, { points: -5, amountFen: -2050, flag: null }] },
      ],
    },
    {
      kind: 'target', miss: { points: -10, amountFen: 0, flag: null },
      metrics: [{ metric: 'contacts', value: 40, byLevel: { junior: 40, senior: 80 } }, { metric: 'dials', value: 90, byLevel: null }],
    },
  ],
};

/** The Policy sheet with one cell replaced: row is 1-based, col a letter. */
export function edit<T>(values: T[][], row: number, col: string, v: T): T[][] {
  const copy = values.map((r) => [...r]);
  copy[row - 1][col.charCodeAt(0) - 65] = v;
  return copy;
}
