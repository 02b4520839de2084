/**
 * What ExcelJS would drop, counted per sheet through the package's relationships (src/xlsx/dropped-parts.ts), on a
 * package written here part by part with one of each kind Excel saves.
 */
import { droppedBySheet } from "../../src/xlsx/dropped-parts";
import { writeStoredZip } from "../../src/xlsx/zip-package";
import { MAIN_NS, smallPackage } from "./containers";

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (targets: [string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

describe("droppedBySheet", () => {
  it("counts charts in a drawing, PivotTables, slicers and timelines one by one, threads but not replies (a parentId with spaces around its '=' too), controls", () => {
    const sheet = `<worksheet ${MAIN_NS}><sheetData/></worksheet>`;
    const bytes = writeStoredZip(
      smallPackage({
        sheets: { "Phụ lục": sheet, Khác: sheet, Trống: sheet },
        parts: {
          "xl/worksheets/_rels/sheet1.xml.rels": rels([
            [`${OFFICE}/drawing`, "../drawings/drawing1.xml"],
            [`${OFFICE}/pivotTable`, "../pivotTables/pivotTable1.xml"],
            ["http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml"],
            ["http://schemas.microsoft.com/office/2011/relationships/timeline", "../timelines/timeline1.xml"],
            [
              "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
              "../threadedComments/threadedComment1.xml",
            ],
            [`${OFFICE}/ctrlProp`, "../ctrlProps/ctrlProp1.xml"],
            [`${OFFICE}/ctrlProp`, "../ctrlProps/ctrlProp2.xml"],
          ]),
          "xl/worksheets/_rels/sheet2.xml.rels": rels([[`${OFFICE}/pivotTable`, "../pivotTables/pivotTable2.xml"]]),
          "xl/drawings/_rels/drawing1.xml.rels": rels([
            [`${OFFICE}/chart`, "../charts/chart1.xml"],
            ["http://schemas.microsoft.com/office/2014/relationships/chartEx", "../charts/chartEx1.xml"],
            [`${OFFICE}/image`, "../media/image1.png"],
          ]),
          "xl/slicers/slicer1.xml": `<slicers xmlns="${X14}"><slicer name="Lĩnh vực" cache="S1" caption="Lĩnh vực" rowHeight="241300"/><slicer name="Đơn vị" cache="S2" caption="Đơn vị" rowHeight="241300"/></slicers>`,
          "xl/timelines/timeline1.xml": `<timelines xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><timeline name="Hạn" cache="T1" caption="Hạn"/></timelines>`,
          "xl/threadedComments/threadedComment1.xml": `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="D5" id="{1}"><text>Đã xong?</text></threadedComment><threadedComment ref="D5" id="{2}" parentId="{1}"><text>Rồi.</text></threadedComment><threadedComment ref="E9" id="{3}"><text>Xem lại</text></threadedComment><threadedComment ref="E9" id="{4}" parentId = "{3}"><text>Đã xem.</text></threadedComment></ThreadedComments>`,
        },
      }),
    );
    expect(droppedBySheet(bytes)).toEqual(
      new Map([
        ["Phụ lục", { charts: 2, pivotTables: 1, slicers: 3, threadedComments: 2, controls: 2 }],
        ["Khác", { charts: 0, pivotTables: 1, slicers: 0, threadedComments: 0, controls: 0 }],
      ]),
    );
  });
});
