// RichTextValue and its builder, as SpreadsheetApp.newRichTextValue() hands them out (text and one link).

export class FakeRichTextValue {
  constructor(private readonly text: string, private readonly link: string | null) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

export class FakeRichTextValueBuilder {
  private text = '';
  private link: string | null = null;
  setText(text: string): FakeRichTextValueBuilder {
    if (typeof text !== 'string') throw new Error('Exception: The parameters don\'t match the method signature for SpreadsheetApp.RichTextValueBuilder.setText.');
    this.text = text;
    // As in Apps Script, setText clears the styles of the previous text, links included.
    this.link = null;
    return this;
  }
  /** setLinkUrl(url) for the whole text, or setLinkUrl(start, end, url) for a part (kept as the one link). */
  setLinkUrl(a: string | number | null, _end?: number, url?: string | null): FakeRichTextValueBuilder {
    this.link = typeof a === 'number' ? (url ?? null) : a;
    return this;
  }
  setTextStyle(): FakeRichTextValueBuilder {
    return this;
  }
  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.link);
  }
}
