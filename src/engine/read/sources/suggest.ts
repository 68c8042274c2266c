// Near misses of sheet and column names: a suggestion for HR ("考情" looks like "考勤"), never a match the engine reads.
import { aliasKey, SHEETS, sheetKey, type FieldDef, type Role, type SheetDef } from '../aliases.js';
import type { Text } from '../../types.js';

/** Edit distance (insert, delete, replace one character), for short names only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * True when `written` is a near miss of `known` (both already keys): within one edit for names up to 5 characters,
 * two up to 10, three beyond; or, for Chinese names, sharing at least two characters and half of the longer name.
 */
export function nearMiss(written: string, known: string): boolean {
  if (written === '' || known === '' || written === known) return false;
  const longer = Math.max(written.length, known.length);
  const limit = longer <= 5 ? 1 : longer <= 10 ? 2 : 3;
  if (editDistance(written, known) <= limit) return true;
  if (!CJK.test(written) || !CJK.test(known)) return false;
  const shared = [...new Set(written)].filter((c) => CJK.test(c) && known.includes(c)).length;
  return shared >= 2 && shared * 2 >= longer;
}

function closest<T>(written: string, candidates: { key: string; name: string; item: T }[]): { name: string; item: T } | null {
  let best: { name: string; item: T; d: number } | null = null;
  for (const c of candidates) {
    if (!nearMiss(written, c.key)) continue;
    const d = editDistance(written, c.key);
    if (!best || d < best.d) best = { name: c.name, item: c.item, d };
  }
  return best;
}

const SHEET_CANDIDATES = SHEETS.flatMap((def) => def.names.map((name) => ({ key: sheetKey(name), name, item: def })));

/** The source sheet a tab name nearly names, with the name it resembles; null when none is near. */
export function suggestSheet(tabName: string): { name: string; def: SheetDef } | null {
  const hit = closest(sheetKey(tabName), SHEET_CANDIDATES);
  return hit ? { name: hit.name, def: hit.item } : null;
}

const fieldCandidates = new Map<Role, { key: string; name: string; item: FieldDef }[]>();
for (const def of SHEETS) fieldCandidates.set(def.role, def.fields.flatMap((f) => f.names.map((name) => ({ key: aliasKey(name), name, item: f }))));

/** The field of a role a header nearly names, with the name it resembles; null when none is near. */
export function suggestField(role: Role, header: string, among?: readonly FieldDef[]): { name: string; field: FieldDef } | null {
  const all = fieldCandidates.get(role) ?? [];
  const hit = closest(aliasKey(header), among ? all.filter((c) => among.includes(c.item)) : all);
  return hit ? { name: hit.name, field: hit.item } : null;
}

/** Generated tabs of any month and the add-on's own temporary tabs: never source data. */
const GENERATED = /^(payout|ranking|details|issues|薪酬|排名|明细|问题)\s*\d{4}-\d{2}|^~callboard/i;

/**
 * Tabs that are neither known (a source sheet, the Policy sheet), a generated tab nor claimed by an importer (names
 * as written); `claimed` holds the names of tabs an importer has read.
 */
export function unrecognisedTabs(names: readonly string[], isKnown: (name: string) => boolean,
  claimed: ReadonlySet<string> = new Set()): string[] {
  return names.filter((n) => !isKnown(n) && !GENERATED.test(n.trim()) && !claimed.has(n));
}

const MAX_LISTED = 8;

function listed<T>(items: readonly T[], show: (x: T) => Text, sep: Text): Text {
  const shown = items.slice(0, MAX_LISTED).map(show);
  const more = items.length > MAX_LISTED ? { en: `, … (${items.length - MAX_LISTED} more)`, zh: `等（另 ${items.length - MAX_LISTED} 个）` } : { en: '', zh: '' };
  return { en: shown.map((t) => t.en).join(sep.en) + more.en, zh: shown.map((t) => t.zh).join(sep.zh) + more.zh };
}

/** '. Tabs not recognised: "考情" (looks like "考勤", Attendance), "Notes"' for a message's {hint}; '' when none. */
export function tabsHint(unread: readonly string[]): Text {
  if (unread.length === 0) return { en: '', zh: '' };
  const list = listed(unread, (name) => {
    const s = suggestSheet(name);
    return s ? { en: `"${name}" (looks like "${s.name}", ${s.def.label.en})`, zh: `“${name}”（像是“${s.name}”，${s.def.label.zh}）` }
      : { en: `"${name}"`, zh: `“${name}”` };
  }, { en: ', ', zh: '、' });
  return { en: `. Tabs not recognised: ${list.en}`, zh: `。未识别的表：${list.zh}` };
}

/**
 * '. Headers not recognised: "上班" (could be "上班打卡", clock-in)' for a message's {hint}: the headers that map to
 * no field, each with the nearest of `wanted` (field keys, or for KPI the metric's header texts); '' when none.
 */
export function headersHint(role: Role, unknown: readonly string[], wanted: readonly string[]): Text {
  if (unknown.length === 0) return { en: '', zh: '' };
  const def = SHEETS.find((s) => s.role === role)!;
  const fields = def.fields.filter((f) => wanted.includes(f.key));
  const kpiNames = fields.length === 0 ? wanted.map((w) => ({ key: aliasKey(w), name: w, item: w })) : [];
  const list = listed(unknown, (h) => {
    if (fields.length > 0) {
      const s = suggestField(role, h, fields);
      if (s) return { en: `"${h}" (could be "${s.name}", ${s.field.label.en})`, zh: `“${h}”（可能是“${s.name}”，${s.field.label.zh}）` };
    } else {
      const s = closest(aliasKey(h), kpiNames);
      if (s) return { en: `"${h}" (could be "${s.name}")`, zh: `“${h}”（可能是“${s.name}”）` };
    }
    return { en: `"${h}"`, zh: `“${h}”` };
  }, { en: ', ', zh: '、' });
  return { en: `. Headers not recognised: ${list.en}`, zh: `。未识别的列：${list.zh}` };
}
