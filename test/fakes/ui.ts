// Ui stand-in: add-on menus, sidebars and alerts are recorded so tests can assert what the user would see.

export interface MenuRecord {
  addon: boolean;
  caption: string;
  items: ({ caption: string; functionName: string } | 'separator')[];
  added: boolean;
}

export class FakeMenu {
  constructor(readonly _record: MenuRecord, private readonly _menus: MenuRecord[]) {}
  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof caption !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName)) throw new Error('Exception: Invalid argument: functionName');
    this._record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this._record.items.push('separator');
    return this;
  }
  addToUi(): void {
    this._record.added = true;
    this._menus.push(this._record);
  }
}

export class FakeHtmlOutput {
  constructor(public _content: string, public _title = '') {}
  setTitle(title: string): FakeHtmlOutput { this._title = title; return this; }
  getTitle(): string { return this._title; }
  getContent(): string { return this._content; }
  setWidth(): FakeHtmlOutput { return this; }
  setHeight(): FakeHtmlOutput { return this; }
}

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  createAddonMenu(): FakeMenu {
    return new FakeMenu({ addon: true, caption: '', items: [], added: false }, this.menus);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu({ addon: false, caption, items: [], added: false }, this.menus);
  }
  showSidebar(html: FakeHtmlOutput): void {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.sidebars.push(html);
  }
  showModalDialog(html: FakeHtmlOutput, _title: string): void { this.sidebars.push(html); }
  /** alert(prompt) or alert(title, prompt, buttons): records the text, answers OK. */
  alert(a: string, b?: string): string {
    this.alerts.push(b === undefined ? a : `${a}\n${b}`);
    return Button.OK;
  }
}
