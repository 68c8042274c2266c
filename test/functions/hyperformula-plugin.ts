// Test helper: the catalogue's custom functions as a HyperFormula plugin, so formulas are evaluated like a spreadsheet.
import {
  ArraySize, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ImplementedFunctions,
} from 'hyperformula';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog.js';
import { customFunctionImpls, type FunctionContext } from '../../src/functions/index.js';
import { monthFigures } from '../../src/functions/month-run.js';

/** HyperFormula plays an .xlsx-like workbook: wall clock is UTC, as the offline runner reads it. */
const CONTEXT: FunctionContext = { timeZone: 'UTC', monthFigures };
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const TIME_TYPES = new Set(['NUMBER_TIME', 'NUMBER_DATETIME', 'NUMBER_DATE']);

/** HyperFormula's ProcedureAst and InterpreterState are not exported; only these fields are used here. */
interface Call { procedureName: string; args: unknown[] }
type State = object;

/**
 * A HyperFormula value as Apps Script hands it to a custom function: blank cells '', times and dates as Date
 * (wall clock in UTC, like Sheets' Dates in the spreadsheet's zone), errors as their text.
 */
function toSheetsValue(value: unknown): unknown {
  if (typeof value === 'symbol') return '';
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toSheetsValue));
  if (typeof value === 'object' && value !== null && 'val' in value) {
    const rich = value as { val: number; getDetailedType(): string };
    return TIME_TYPES.has(rich.getDetailedType()) ? new Date(SERIAL_EPOCH_MS + Math.round(rich.val * 86_400_000)) : rich.val;
  }
  if (typeof value === 'object' && value !== null && 'type' in value) return `#${String((value as { type: string }).type)}`;
  return value;
}

function toHyperFormulaValue(result: unknown): unknown {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as never);
  return result;
}

/** Which arguments decide the size of the result: the value arguments, never a lookup table or source range. */
function shapeArgs(name: string, count: number): number[] {
  if (name === 'TIER_BONUS' || name === 'GRADE' || name.startsWith('CALLBOARD_')) return [0];
  return Array.from({ length: count }, (_, i) => i);
}

export class CallboardPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(CUSTOM_FUNCTIONS.map((spec) => [spec.name, {
    method: 'evaluateCustom',
    sizeOfResultArrayMethod: 'sizeOfCustom',
    vectorizationForbidden: true,
    parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
  }]));

  evaluateCustom(ast: Call, state: State) {
    const name = ast.procedureName;
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) =>
      toHyperFormulaValue(customFunctionImpls[name](CONTEXT, ...args.map(toSheetsValue))) as never);
  }

  sizeOfCustom(ast: Call, state: State): ArraySize {
    const name = ast.procedureName;
    const sizes = ast.args.map((arg) => this.arraySizeForAst(arg as never, state as never));
    if (name === 'KPI_SCORE') return sizes[0].height === 1 ? ArraySize.scalar() : new ArraySize(1, sizes[0].height);
    let size = ArraySize.scalar();
    for (const i of shapeArgs(name, sizes.length)) {
      if (sizes[i] !== undefined && sizes[i].width * sizes[i].height > size.width * size.height) size = sizes[i];
    }
    // A range reference reports isScalar() (it is a reference); the result is a fresh array of its size.
    return size.width * size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
  }
}
