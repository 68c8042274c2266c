import { describe, expect, it } from 'vitest';
import { groupActivity } from '../../../src/engine/month/activity.js';
import { callRowsOf } from '../../../src/engine/read/sources/call-store.js';
import { agentCommission, poolCommission } from '../../../src/engine/rules/commissions.js';
import { rulesOf } from '../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../src/engine/presets/service-kpi.js';
import { telesalesTeam } from '../../../src/engine/presets/telesales-team.js';
import type { CallRow } from '../../../src/engine/types.js';
import { call } from '../builders.js';

const OCT = { first: '2026-10-01', last: '2026-10-31' };
const [APPOINTMENTS, , PAYMENT] = rulesOf(telesalesTeam, 'commission');
const LABEL = { zh: '回款', en: 'contract payment' };
const payment = (date: string, yuan: number): CallRow => ({ ...call('A1', date, 0), contractPaymentFen: yuan * 100 });
const fenOf = (rule: typeof PAYMENT, rows: CallRow[], total = 0) =>
  agentCommission(rule, groupActivity(callRowsOf(rows)).get('A1')!, OCT, { value: total, source: 'Calls!F2' }, LABEL, 'Roster!A2')?.amountFen ?? 0;

describe('B-COM-1 commission: 1% of each contract payment, capped at 1000 元 a contract', () => {
  it.each([
    ['99,999 元 pays 999.99 元', [99999], 99999],
    ['100,000 元 pays exactly the 1000 元 cap', [100000], 100000],
    ['100,001 元 is capped at 1000 元', [100001], 100000],
    ['50,000 + 150,000 元: 500 + 1000 (capped) = 1500 元', [50000, 150000], 150000],
  ])('%s', (_n, payments, fen) => {
    expect(fenOf(PAYMENT, payments.map((y, i) => payment(`2026-10-${12 + i}`, y)))).toBe(fen);
  });

  it('with the cap per month instead, 60,000 + 60,000 元 pays 1000 元, not 1200 元', () => {
    const rows = [payment('2026-10-12', 60000), payment('2026-10-13', 60000)];
    expect(fenOf({ ...PAYMENT, capPer: 'period' }, rows, 12000000)).toBe(100000);
    expect(fenOf(PAYMENT, rows)).toBe(120000);
  });

  it('10 元 per appointment: 12 appointments pay 120 元', () => {
    expect(agentCommission(APPOINTMENTS, groupActivity(callRowsOf([])).get('A1') ?? { days: new Map(), rows: [], timed: false }, OCT,
      { value: 12, source: 'Calls!D2' }, LABEL, '')?.amountFen).toBe(12000);
  });
});

describe('C-PAY-1 shared commission: public sales × 0.5% ÷ headcount', () => {
  const pool = rulesOf(serviceKpi, 'commission').find((c) => c.basis === 'pool')!;
  it('200,000 元 × 0.5% = 1000 元 over 3 agents: 333.34 + 333.33 + 333.33', () => {
    const values = [['B', 100000], ['A', 50000], ['C', 50000]].map(([id, yuan]) => ({ id: id as string, value: { value: yuan as number, source: '' } }));
    const lines = poolCommission(pool, values, LABEL);
    expect(['A', 'B', 'C'].map((id) => lines.get(id)!.amountFen)).toEqual([33334, 33333, 33333]);
  });
});
