// The Roster sheet: one Employee per ID (first row wins), salaries in fen.
import { parseAmountFen, parseBool, parseDataDate, parseLevel, parseText } from '../cells.js';
import type { Employee, PersonKeySystem } from '../../types.js';
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
  const keyCols = KEY_SYSTEMS.map((s) => [s, rd.col(`key:${s}`)] as const).filter(([, c]) => c !== null);
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
      ...keysOf(rd, keyCols),
    });
  }
  rd.finish();
  return out;
}

const KEY_SYSTEMS: readonly PersonKeySystem[] = ['dingtalk', 'wecom', 'feishu', 'clock', 'seat', 'dialer'];

/** The row's keys in other systems (optional columns; blank ones left out), as `{ keys }` or nothing. */
function keysOf(rd: SheetReader, cols: readonly (readonly [PersonKeySystem, ReturnType<SheetReader['col']>])[]): Pick<Employee, 'keys'> {
  if (cols.length === 0) return {};
  const keys: Partial<Record<PersonKeySystem, string>> = {};
  for (const [system, c] of cols) {
    const v = rd.read(c, parseText);
    if (v !== null) keys[system] = v;
  }
  return { keys };
}
