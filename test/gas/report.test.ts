// The add-on writes exactly the tabs the offline runner computes for the example workbook.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExample } from '../../scripts/gen-examples.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { runReport } from '../../src/engine/report/report.js';
import { renderTabs } from '../../src/engine/report/tabs.js';
import { monthOverMonth } from '../../src/engine/workflow/change.js';
import { api } from '../../src/gas/api.js';
import { tabGrid } from '../../src/gas/tab.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { fakeSpreadsheet } from '../fakes/index.js';
import { xlsxFakeOptions } from '../fakes/xlsx.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callboard-gas-'));
  file = join(dir, 'outbound-center.xlsx');
  await writeExample('outbound-center', file);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('generateReport on the outbound-center example', () => {
  it.each(['Asia/Shanghai', 'America/New_York'])('writes the offline runner’s tabs cell for cell, with the spreadsheet in %s', async (timeZone) => {
    const wb = await readWorkbook(file);
    // As the offline runner writes it: the month, with each agent's change from September.
    const offline = renderTabs(monthOverMonth(wb, runReport(wb, { month: '2026-10', policy: getPreset('outbound-center') }), 'outbound-center'));
    const fake = fakeSpreadsheet(await xlsxFakeOptions(file, { timeZone, locale: 'zh_CN' }));
    const restore = fake.install();
    try {
      const result = api.generateReport('2026-10', 'outbound-center');
      expect(result.tabs).toEqual(offline.map((t) => t.name));
      for (const tab of offline) {
        expect(fake.raw._sheet(tab.name)!._values(), tab.name).toEqual(tabGrid(tab));
      }
    } finally {
      restore();
    }
  });
});
