// Which parts of the input package belong to a removed tab: everything reachable only through it.
import { parseRels, relsPathOf, resolveTarget, type XlsxPackage } from './package.js';
import { entryText } from './zip.js';

/** Source part of a rels part ('xl/_rels/workbook.xml.rels' → 'xl/workbook.xml', '_rels/.rels' → ''). */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? m[1] + m[2] : '';
}

/** Parts reachable from the package root through relationships, skipping the workbook relationships in `cut`. */
function reachable(pkg: XlsxPackage, cut: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [''];
  while (queue.length > 0) {
    const part = queue.pop()!;
    const relsPath = part === '' ? '_rels/.rels' : relsPathOf(part);
    const xml = relsPath === pkg.relsPath ? pkg.relsXml : entryText(pkg.zip, relsPath);
    if (xml === null) continue;
    for (const rel of parseRels(xml)) {
      if (rel.external || (relsPath === pkg.relsPath && cut.has(rel.id))) continue;
      const target = resolveTarget(part, rel.target);
      if (!seen.has(target) && pkg.zip.byName.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * The zip entries to leave out when the workbook relationships `rids` are removed: the parts only they lead to
 * (sheet, its comments, drawings, charts, tables…) and those parts' own rels. Parts reachable otherwise stay.
 */
export function partsOnlyReachableThrough(pkg: XlsxPackage, rids: ReadonlySet<string>): Set<string> {
  if (rids.size === 0) return new Set();
  const before = reachable(pkg, new Set());
  const after = reachable(pkg, rids);
  const drop = new Set<string>();
  for (const part of before) {
    if (after.has(part)) continue;
    drop.add(part);
    const rels = relsPathOf(part);
    if (pkg.zip.byName.has(rels)) drop.add(rels);
  }
  return drop;
}
