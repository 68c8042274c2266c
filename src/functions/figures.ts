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

/** Fingerprint lanes: four 32-bit multiply-xor hashes with different seeds, 128 bits in all. */
const SEEDS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];

/** A streaming 128-bit fingerprint of strings (not cryptographic: collisions are negligible, not impossible to craft). */
export class Fingerprint {
  private readonly h = SEEDS.map((s) => s >>> 0);

  text(s: string): this {
    const h = this.h;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h[0] = Math.imul(h[0] ^ c, 2654435761);
      h[1] = Math.imul(h[1] ^ c, 1597334677);
      h[2] = Math.imul(h[2] ^ c, 2246822507);
      h[3] = Math.imul(h[3] ^ c, 3266489909);
    }
    // A separator after each piece, so ['ab', 'c'] and ['a', 'bc'] differ.
    h[0] = Math.imul(h[0] ^ 0x1f, 2654435761);
    h[1] = Math.imul(h[1] ^ 0x1f, 1597334677);
    h[2] = Math.imul(h[2] ^ 0x1f, 2246822507);
    h[3] = Math.imul(h[3] ^ 0x1f, 3266489909);
    return this;
  }

  cell(value: CellValue): this {
    if (value === null) return this.text('n');
    if (value instanceof Date) return this.text(`d${value.getTime()}`);
    return this.text(`${typeof value === 'string' ? 's' : typeof value === 'number' ? 'x' : 'b'}${String(value)}`);
  }

  hex(): string {
    // Final avalanche per lane (murmur3 fmix32), each mixed with its neighbour so every lane depends on all input.
    return this.h.map((x, i) => {
      let v = (x ^ this.h[(i + 1) % 4]) >>> 0;
      v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
      return ((v ^ (v >>> 16)) >>> 0).toString(16).padStart(8, '0');
    }).join('');
  }
}

/** The key of a month's figures: everything the engine reads, the ranges cell by cell with their shapes. */
export function monthKey(input: MonthInput, salt = ''): string {
  const f = new Fingerprint().text(salt).text(input.month).text(input.timeZone).text(input.preset ?? '');
  for (const sheet of input.sheets) {
    f.text(sheet.name).text(String(sheet.values.length));
    for (const row of sheet.values) {
      f.text(String(row.length));
      for (const value of row) f.cell(value);
    }
  }
  return f.hex();
}
