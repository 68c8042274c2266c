// The Roster sheet: one Employee per ID (first row wins), salaries in fen.
import { parseAmountFen, parseBool, parseDataDate, parseLevel, parseText } from '../cells.js';
import type { Employee } from '../types.js';
import type { Parser, SheetReader } from './sheet.js';

/** Reads every roster row; duplicate IDs and unreadable IDs are reported and left out. */
export function readRoster(rd: SheetReader): Employee[] {
  const out: Employee[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id');
  const cName = rd.col('name');
  const cTeam = rd.col('team');
  const cLevel = rd.col('level');
  const cLeader = rd.col('leader');
  const cHire = rd.col('hireDate');
  const cBase = rd.col('baseSalary');
  const cPerf = rd.col('performanceBase');
  const cSen = rd.col('seniority');
  const date: Parser<string> = (v) => parseDataDate(v, rd.timeZone);
  const firstRow = new Map<string, number>();
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    if (id === null) continue;
    if (rd.repeats(firstRow, id, 'duplicate-id', cId!, { id: null })) continue;
    let name = rd.read(cName, parseText);
    if (name === null) {
      rd.fail('blank-name', cName!);
      name = id;
    }
    const level = rd.read(cLevel, parseLevel);
    out.push({
      id,
      name,
      team: rd.read(cTeam, parseText),
      level,
      leader: rd.read(cLeader, parseBool) ?? false,
      hireDate: rd.read(cHire, date),
      baseSalaryFen: rd.read(cBase, parseAmountFen),
      performanceBaseFen: rd.read(cPerf, parseAmountFen),
      seniorityFen: rd.read(cSen, parseAmountFen),
      row: rd.row,
      cells: rd.cells(),
    });
  }
  rd.finish();
  return out;
}
