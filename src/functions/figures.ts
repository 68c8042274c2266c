// The month figures the CALLBOARD_* functions read: one engine run reduced to each agent's numbers, small enough to cache.
import type { CellValue, SheetData } from '../engine/types.js';

/** What one engine run needs: the source ranges, the month, the zone and the preset (null = the default preset). */
export interface MonthInput {
  month: string;
  timeZone: string;
  preset: string | null;
  sheets: SheetData[];
}

/** One agent's figures: score (null when the policy keeps none), fines, bonuses, payout in fen, flag ids. */
export type AgentFigures = [score: number | null, finesFen: number, bonusesFen: number, payoutFen: number, flags: string[]];

export interface MonthFigures {
  /** the first blocking data error in both languages, with how many there are; null when the month computed */
  blocking: { en: string; zh: string; count: number; value: string; code: string } | null;
  /** figures by agent ID */
  agents: Record<string, AgentFigures>;
}

/** A streaming 128-bit fingerprint of strings (four 32-bit multiply-xor lanes; not cryptographic). */
export class Fingerprint {
  private a = 0x9e3779b1;
  private b = 0x85ebca77;
  private c = 0xc2b2ae3d;
  private d = 0x27d4eb2f;

  /** Adds one piece; a separator follows it, so ['ab', 'c'] and ['a', 'bc'] differ. */
  text(s: string): this {
    let { a, b, c, d } = this;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a = Math.imul(a ^ ch, 2654435761);
      b = Math.imul(b ^ ch, 1597334677);
      c = Math.imul(c ^ ch, 2246822507);
      d = Math.imul(d ^ ch, 3266489909);
    }
    this.a = Math.imul(a ^ 0x1f, 2654435761);
    this.b = Math.imul(b ^ 0x1f, 1597334677);
    this.c = Math.imul(c ^ 0x1f, 2246822507);
    this.d = Math.imul(d ^ 0x1f, 3266489909);
    return this;
  }

  hex(): string {
    // Final avalanche per lane (murmur3 fmix32), each mixed with its neighbour so every lane depends on all input.
    const h = [this.a, this.b, this.c, this.d];
    return h.map((x, i) => {
      let v = (x ^ h[(i + 1) % 4]) >>> 0;
      v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
      return ((v ^ (v >>> 16)) >>> 0).toString(16).padStart(8, '0');
    }).join('');
  }
}

/** A cell as tagged text: its type and value, so the number 1 and the text "1" differ. */
function cellText(value: CellValue): string {
  if (value === null) return '\u0000n';
  if (value instanceof Date) return `\u0000d${value.getTime()}`;
  if (typeof value === 'string') return `\u0000s${value}`;
  return `\u0000${typeof value === 'number' ? 'x' : 'b'}${value}`;
}

/** The key of a month's figures: everything the engine reads, the ranges cell by cell with their shapes. */
export function monthKey(input: MonthInput, salt = ''): string {
  const f = new Fingerprint().text(salt).text(input.month).text(input.timeZone).text(input.preset ?? '');
  for (const sheet of input.sheets) {
    f.text(sheet.name).text(String(sheet.values.length));
    // One piece per row (its cells tagged and joined): far fewer calls than one per cell, the same information.
    for (const row of sheet.values) {
      let text = String(row.length);
      for (const value of row) text += cellText(value);
      f.text(text);
    }
  }
  return f.hex();
}
