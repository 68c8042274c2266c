// The fake RangeList: several A1 ranges of one sheet formatted in one call, as Sheet.getRangeList gives them.
import { signatureError } from './cell.js';
import type { FakeRange } from './range.js';

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {}

  getRanges(): FakeRange[] { return [...this._ranges]; }

  setFontWeight(weight: 'bold' | 'normal' | null): FakeRangeList {
    if (weight !== 'bold' && weight !== 'normal' && weight !== null) throw signatureError('setFontWeight', weight);
    for (const r of this._ranges) r.setFontWeight(weight);
    return this;
  }

  setNumberFormat(format: string): FakeRangeList {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this;
  }
}
