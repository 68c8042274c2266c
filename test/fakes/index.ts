// fakeSpreadsheet(): a strict in-memory SpreadsheetApp and the other Apps Script globals, with a call counter.
import type { CellValue } from '../../src/engine/types.js';
import { CallLog, counted, type FailurePlan } from './log.js';
import { FakeRichTextValueBuilder } from './richtext.js';
import { fakeServices, LockState } from './services.js';
import { FakeSpreadsheet, type SeedSheet } from './spreadsheet.js';
import { FakeUi } from './ui.js';

export { CallLog, ExecutionKilled, KILLED_MESSAGE } from './log.js';
export { FakeSpreadsheet } from './spreadsheet.js';
export { FakeSheet } from './sheet.js';
export { AuthMode } from './services.js';

export interface FakeOptions {
  sheets?: SeedSheet[] | { name: string; values: CellValue[][] }[];
  timeZone?: string;
  locale?: string;
  /** Session.getActiveUserLocale(); defaults to the spreadsheet locale */
  userLocale?: string;
  htmlFiles?: Record<string, string>;
}

/** Classes whose calls reach the document (what must not grow with rows). */
export const DOCUMENT_CLASSES = ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'EmbeddedChartBuilder', 'RangeList', 'DeveloperMetadata', 'Filter'] as const;

export interface Fake {
  spreadsheet: FakeSpreadsheet;
  /** the same spreadsheet without counting, for assertions */
  raw: FakeSpreadsheet;
  log: CallLog;
  calls: Record<string, number>;
  ui: FakeUi;
  lock: LockState;
  /** SpreadsheetApp, LockService, PropertiesService, Utilities, HtmlService, ScriptApp, Session, Charts */
  globals: Record<string, unknown>;
  /** Puts the globals on `target` (default globalThis); returns a function that restores what was there. */
  install(target?: Record<string, unknown>): () => void;
  failAt(plan: FailurePlan): void;
  /** A fresh execution on the same spreadsheet after a kill (or between sidebar calls): calls work again, the lock is free. */
  newExecution(): void;
  /** spreadsheets made by SpreadsheetApp.create, in order */
  created: FakeSpreadsheet[];
  /** Reads Dates back as instances of `DateClass` (a node:vm context's Date), as Apps Script hands out its own. */
  useDateClass(DateClass: DateConstructor): void;
  /** calls that reached the document: Spreadsheet, Sheet, Range, RangeList, chart builder and SpreadsheetApp */
  documentCalls(): number;
}

/** A fresh fake spreadsheet holding `sheets`, in `timeZone` (default Asia/Shanghai) and `locale` (default zh_CN). */
export function fakeSpreadsheet(options: FakeOptions = {}): Fake {
  const log = new CallLog();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const locale = options.locale ?? 'zh_CN';
  const raw = new FakeSpreadsheet(log, timeZone, locale, options.sheets ?? []);
  const ui = new FakeUi();
  const created: FakeSpreadsheet[] = [];
  const lock = new LockState();
  const countedUi = counted(ui, 'Ui', log);
  const SpreadsheetApp = counted({
    getActiveSpreadsheet: () => raw._self(),
    getActive: () => raw._self(),
    getUi: () => countedUi,
    newRichTextValue: () => counted(new FakeRichTextValueBuilder(), 'RichTextValueBuilder', log),
    flush: () => undefined,
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    create: (name: string) => {
      if (typeof name !== 'string' || name === '') throw new Error('Exception: Invalid argument: name');
      const made = new FakeSpreadsheet(log, timeZone, locale, []);
      made._createdName = name;
      created.push(made);
      return made._self();
    },
  }, 'SpreadsheetApp', log);
  const services = fakeServices({ log, lock, timeZone, userLocale: options.userLocale ?? locale, htmlFiles: options.htmlFiles ?? { sidebar: '<!doctype html><title>Callboard</title>' } });
  const globals: Record<string, unknown> = { SpreadsheetApp, ...services };
  return {
    spreadsheet: raw._self(),
    raw,
    log,
    calls: log.calls,
    ui,
    lock,
    globals,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const saved = Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)] as const);
      Object.assign(target, globals);
      return () => {
        for (const [k, d] of saved) {
          if (d) Object.defineProperty(target, k, d);
          else delete target[k];
        }
      };
    },
    failAt: (plan) => log.failAt(plan),
    newExecution: () => {
      log.newExecution();
      // Apps Script releases a dead execution's locks.
      lock.holder = null;
    },
    created,
    useDateClass: (DateClass) => {
      raw._Date = DateClass;
    },
    documentCalls: () => log.count(DOCUMENT_CLASSES),
  };
}
