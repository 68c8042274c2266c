// Number formatting for the sidebar: yuan amounts with 2 decimals and grouped thousands, the same in both languages.

/** 3927 → '3,927.00'; -0.5 → '-0.50'. Takes yuan (as the server API sends), rounds to the fen. */
export function formatYuan(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  const fen = Math.round(yuan * 100);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1820 → '1,820'; other numbers as they are. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(value);
}
