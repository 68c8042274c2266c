// One policy value ↔ one cell: 元 for fen, 是/否 for booleans, display words for enums, comma lists.
import { isBad, normText, parseBool, parseMoneyFen, parseTime, toHalfWidth } from '../cells.js';
import { valueLabel, VALUE_LABELS } from '../../rules/policy-labels.js';
import { sheetWord } from './words.js';
import type { CellValue, Lang, Text } from '../../types.js';
import { badItem, notOneOf, REASONS } from './details.js';
import type { Leaf } from './model.js';

/** A cell the sheet writes: user strings stay text (adapters write them as text, never as formulas). */
export type Out = string | number | boolean | null;

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: Text };

/** List separators: commas (, ， 、) and semicolons; numbers and enums may also be split by spaces. */
const LIST_SPLIT = /[,，、;；]+/;
const LIST_SPLIT_SPACES = /[,，、;；\s]+/;

/** The cell for a value; null and undefined are blank, fen are 元 (6000 → 60), an empty list is blank. */
export function renderLeaf(leaf: Leaf, v: unknown, lang: Lang): Out {
  if (v === null || v === undefined) return null;
  switch (leaf.kind) {
    case 'money':
      return (v as number) / 100;
    case 'boolean':
      return sheetWord(v ? 'yes' : 'no', lang);
    case 'enum':
    case 'literal':
      return typeof v === 'string' ? valueLabel(v, lang) : (v as number | boolean);
    case 'list': {
      const items = (v as unknown[]).map((x) => renderLeaf(leaf.item!, x, lang));
      return items.length === 0 ? null : items.join(lang === 'zh' ? '、' : ', ');
    }
    default:
      return v as string | number;
  }
}

/** The display words of a leaf's options in both languages ('rest, personal' / '公休、事假'). */
export function optionsText(leaf: Leaf): Text {
  const words = (lang: Lang) => leaf.values.map((v) => (typeof v === 'string' ? valueLabel(v, lang) : String(v)));
  return { en: words('en').join(', '), zh: words('zh').join('、') };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function readNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  // Percentages stay as written: "60%" is 60 for a field that holds a percent.
  const t = toHalfWidth(v).replace(/[,\s，]/g, '').replace(/%$/, '');
  return NUMBER.test(t) ? Number(t) : null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function matchOption(leaf: Leaf, v: CellValue): Parsed {
  const k = normText(String(v));
  for (const option of leaf.values) {
    const s = String(option);
    const words = [s, ...(VALUE_LABELS[s] ?? [])];
    if (words.some((w) => normText(w) === k)) return { ok: true, value: option };
  }
  return { ok: false, reason: notOneOf(optionsText(leaf)) };
}

function parseList(leaf: Leaf, v: CellValue, timeZone: string): Parsed {
  const split = leaf.item!.kind === 'string' ? LIST_SPLIT : LIST_SPLIT_SPACES;
  const parts = typeof v === 'string' ? v.split(split).map((p) => p.trim()).filter((p) => p !== '') : [v];
  const out: unknown[] = [];
  for (const p of parts) {
    const got = parseLeaf(leaf.item!, p, timeZone);
    if (!got.ok) return { ok: false, reason: badItem(String(p), got.reason) };
    out.push(got.value);
  }
  return { ok: true, value: out };
}

/**
 * The value of a non-blank cell for a leaf. Money accepts "60", "¥60.50", 60 (→ integer fen, half away from
 * zero at 2 decimals); numbers accept "1,200" and "60%" (→ 60); times accept time cells and 9:00 (→ "09:00");
 * enums accept the value or its zh/en display word, any case.
 */
export function parseLeaf(leaf: Leaf, v: CellValue, timeZone: string): Parsed {
  switch (leaf.kind) {
    case 'money': {
      const fen = parseMoneyFen(v);
      return isBad(fen) || fen === null ? { ok: false, reason: REASONS.notMoney } : { ok: true, value: fen };
    }
    case 'int':
    case 'number': {
      const n = readNumber(v);
      if (n === null) return { ok: false, reason: REASONS.notNumber };
      return leaf.kind === 'int' && !Number.isInteger(n) ? { ok: false, reason: REASONS.notWhole } : { ok: true, value: n };
    }
    case 'boolean': {
      const b = parseBool(v);
      return isBad(b) || b === null ? { ok: false, reason: REASONS.notBool } : { ok: true, value: b };
    }
    case 'enum':
    case 'literal':
      return typeof v === 'string' || typeof v === 'number' ? matchOption(leaf, v) : { ok: false, reason: notOneOf(optionsText(leaf)) };
    case 'time': {
      if (typeof v === 'string' && !/^\s*\d{1,2}[:：]\d{2}\s*$/.test(v)) return { ok: false, reason: REASONS.notTime };
      const sec = parseTime(v, timeZone);
      if (isBad(sec) || sec % 60 !== 0) return { ok: false, reason: REASONS.notTime };
      return { ok: true, value: `${pad2(Math.floor(sec / 3600))}:${pad2((sec / 60) % 60)}` };
    }
    case 'list':
      return parseList(leaf, v, timeZone);
    default:
      if (typeof v === 'string') return { ok: true, value: v.trim() };
      // A version or code typed as a number (3) is the text "3".
      return typeof v === 'number' ? { ok: true, value: String(v) } : { ok: false, reason: REASONS.notText };
  }
}

/** The value of a blank cell, when blank has one: '' for required text, [] for a list; else undefined. */
export function blankValue(leaf: Leaf): unknown {
  if (leaf.kind === 'list') return [];
  if (leaf.kind === 'string') return '';
  return undefined;
}
