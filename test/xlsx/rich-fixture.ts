// An input workbook with what exceljs cannot carry through a re-save: a chart, a pivot cache, plus data validation and comments.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Roster!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Roster!$C$2:$C$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:C4" sheet="Roster"/></cacheSource><cacheFields count="3"><cacheField name="ID" numFmtId="0"><sharedItems/></cacheField><cacheField name="Name" numFmtId="0"><sharedItems/></cacheField><cacheField name="Base salary" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3000" maxValue="3200"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3"><r><s v="007"/><s v="Wang"/><n v="3000"/></r><r><s v="008"/><s v="Li"/><n v="3100"/></r><r><s v="009"/><s v="Zhang"/><n v="3200"/></r></pivotCacheRecords>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** The parts this fixture adds to what exceljs writes. */
export const RICH_PARTS = ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml',
  'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'xl/pivotCache/pivotCacheRecords1.xml'];

/**
 * A workbook: Roster (data validation on C, a comment on A1, a chart, a print-titles name), an earlier
 * 'Payout 2026-10' tab with a comment of its own and a print-titles name, and a pivot cache over the Roster.
 */
export async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster');
  roster.addRows([['ID', 'Name', 'Base salary'], ['007', 'Wang', 3000], ['008', 'Li', 3100], ['009', 'Zhang', 3200]]);
  roster.getCell('A1').note = 'IDs keep their leading zeros';
  for (let r = 2; r <= 10; r++) {
    roster.getCell(`C${r}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 100000], showErrorMessage: true };
  }
  roster.pageSetup.printTitlesRow = '1:1';
  const stale = wb.addWorksheet('Payout 2026-10');
  stale.addRow(['stale payroll']);
  stale.getCell('A1').note = 'old run';
  stale.pageSetup.printTitlesRow = '1:1';
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const text = (name: string) => strFromU8(files[name]);
  const put = (name: string, s: string) => (files[name] = strToU8(s));

  put('xl/charts/chart1.xml', CHART);
  put('xl/drawings/drawing1.xml', DRAWING);
  put('xl/drawings/_rels/drawing1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  put('xl/worksheets/sheet1.xml', text('xl/worksheets/sheet1.xml').replace('<legacyDrawing', '<drawing r:id="rIdChart1"/><legacyDrawing'));
  put('xl/worksheets/_rels/sheet1.xml.rels', text('xl/worksheets/_rels/sheet1.xml.rels')
    .replace('</Relationships>', `<Relationship Id="rIdChart1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`));
  put('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  put('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  put('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
  put('xl/_rels/workbook.xml.rels', text('xl/_rels/workbook.xml.rels')
    .replace('</Relationships>', `<Relationship Id="rIdPivot1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`));
  put('xl/workbook.xml', text('xl/workbook.xml').replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches></workbook>'));
  put('[Content_Types].xml', text('[Content_Types].xml').replace('</Types>',
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>`
    + `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>`
    + `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT}.spreadsheetml.pivotCacheDefinition+xml"/>`
    + `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT}.spreadsheetml.pivotCacheRecords+xml"/></Types>`));
  return zipSync(files);
}
