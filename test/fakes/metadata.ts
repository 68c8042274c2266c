// DeveloperMetadata and Filter stand-ins: the marks the add-on puts on its own sheets, and a sheet's autofilter.
import { boxA1, type Box } from './a1.js';

interface Owner {
  _metadata: FakeDeveloperMetadata[];
  _filter: FakeFilter | null;
  _alive(): void;
}

export class FakeDeveloperMetadata {
  constructor(private key: string, private value: string | null, private readonly owner: Owner) {}
  getKey(): string { return this.key; }
  getValue(): string | null { return this.value; }
  setValue(value: string): FakeDeveloperMetadata { this.value = value; return this; }
  remove(): void {
    const i = this.owner._metadata.indexOf(this);
    if (i >= 0) this.owner._metadata.splice(i, 1);
  }
}

export class FakeFilter {
  constructor(private readonly owner: Owner, readonly _box: Box) {}
  getRange(): { getA1Notation(): string } {
    const a1 = boxA1(this._box);
    return { getA1Notation: () => a1 };
  }
  remove(): void {
    this.owner._alive();
    if (this.owner._filter === this) this.owner._filter = null;
  }
}
