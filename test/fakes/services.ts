// LockService, PropertiesService, Utilities, HtmlService, ScriptApp, Session and Charts stand-ins, all counted.
import { counted, type CallLog } from './log.js';
import { FakeHtmlOutput } from './ui.js';
import { isDate } from './cell.js';
import { formatDate } from './zone.js';

/** One document lock shared by every execution of the fake: a second holder cannot take it. */
export class LockState {
  holder: FakeLock | null = null;
}

export class FakeLock {
  constructor(private readonly state: LockState) {}
  tryLock(timeoutMs: number): boolean {
    if (typeof timeoutMs !== 'number') throw new Error('Exception: Invalid argument: timeoutInMillis');
    if (this.state.holder && this.state.holder !== this) return false;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { return this.state.holder === this; }
  releaseLock(): void { if (this.state.holder === this) this.state.holder = null; }
}

export class FakeProperties {
  private readonly map = new Map<string, string>();
  getProperty(key: string): string | null { return this.map.get(key) ?? null; }
  setProperty(key: string, value: string): FakeProperties { this.map.set(key, String(value)); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.map); }
  deleteProperty(key: string): FakeProperties { this.map.delete(key); return this; }
}

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

export interface ServiceOptions {
  log: CallLog;
  lock: LockState;
  timeZone: string;
  userLocale: string;
  /** file name (without .html) → content for HtmlService.createHtmlOutputFromFile */
  htmlFiles: Record<string, string>;
}

/** The non-spreadsheet globals, each method call counted as 'Service.method'. */
export function fakeServices(o: ServiceOptions) {
  const documentProperties = counted(new FakeProperties(), 'Properties', o.log);
  const LockService = counted({
    getDocumentLock: () => counted(new FakeLock(o.lock), 'Lock', o.log),
    getScriptLock: () => counted(new FakeLock(new LockState()), 'Lock', o.log),
  }, 'LockService', o.log);
  const PropertiesService = counted({
    getDocumentProperties: () => documentProperties,
    getUserProperties: () => counted(new FakeProperties(), 'Properties', o.log),
    getScriptProperties: () => counted(new FakeProperties(), 'Properties', o.log),
  }, 'PropertiesService', o.log);
  const Utilities = counted({
    formatDate: (date: Date, tz: string, pattern: string) => {
      if (!isDate(date)) throw new Error('Exception: Invalid argument: date');
      return formatDate(date, tz, pattern);
    },
    sleep: (_ms: number) => undefined,
    getUuid: () => '00000000-0000-4000-8000-000000000000',
  }, 'Utilities', o.log);
  const HtmlService = counted({
    createHtmlOutputFromFile: (name: string) => {
      const content = o.htmlFiles[name.replace(/\.html$/, '')];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(content);
    },
    createHtmlOutput: (html = '') => new FakeHtmlOutput(html),
  }, 'HtmlService', o.log);
  const ScriptApp = { AuthMode, getScriptId: () => 'fake-script-id' };
  const Session = counted({
    getActiveUserLocale: () => o.userLocale,
    getScriptTimeZone: () => 'Asia/Shanghai',
  }, 'Session', o.log);
  const Charts = { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', TABLE: 'TABLE' } };
  return { LockService, PropertiesService, Utilities, HtmlService, ScriptApp, Session, Charts };
}
