/**
 * The layering of CONTRIBUTING.md is held by lint (eslint.config.mjs, LAYERS): an import the table does not allow
 * fails `npm run lint`, and the table says what the configuration allows. ESLint loads its ES-module configuration
 * by a dynamic import, which jest's module system does not run, so the snippets are linted in a child Node process.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const REPO = path.resolve(__dirname, "../..");

interface Snippet {
  readonly file: string;
  readonly code: string;
}

interface Layer {
  readonly folders?: readonly string[];
  readonly typesFrom?: readonly string[];
}

const LINT = `
const { ESLint } = require("eslint");
const { pathToFileURL } = require("url");
(async () => {
  const snippets = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: process.cwd() });
  const rules = [];
  for (const { file, code } of snippets) {
    const [result] = await eslint.lintText(code, { filePath: file });
    rules.push(result.messages.map((m) => m.ruleId).filter((id) => id !== "prettier/prettier"));
  }
  const { LAYERS } = await import(pathToFileURL("eslint.config.mjs").href);
  process.stdout.write(JSON.stringify({ rules, layers: LAYERS }));
})();
`;

const IMPORT_RULE = "@typescript-eslint/no-restricted-imports";

const snippets: Record<string, Snippet> = {
  coreImportsI18n: {
    file: "src/core/x.ts",
    code: 'import { messagesFor } from "../i18n";\nexport const m = messagesFor;\n',
  },
  coreImportsOffice: {
    file: "src/core/edits/x.ts",
    code: 'import { HostError } from "../../office/host-error";\nexport const e = HostError;\n',
  },
  coreWithinCore: { file: "src/core/edits/x.ts", code: 'import { Grid } from "../grid";\nexport const g = Grid;\n' },
  i18nTypeFromCore: {
    file: "src/i18n/x.ts",
    code: 'import type { Plan } from "../core/model";\nexport type P = Plan;\n',
  },
  i18nValueFromCore: {
    file: "src/i18n/x.ts",
    code: 'import { issueMessage } from "../core/issue-text";\nexport const f = issueMessage;\n',
  },
  memoryExcelCells: {
    file: "src/memory-excel/api/x.ts",
    code: 'import { columnLetters } from "../../core/cells";\nexport const c = columnLetters;\n',
  },
  memoryExcelModel: {
    file: "src/memory-excel/api/x.ts",
    code: 'import type { Plan } from "../../core/model";\nexport type P = Plan;\n',
  },
  xlsxExcelJs: { file: "src/xlsx/x.ts", code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS.Workbook;\n' },
  cliExcelJs: { file: "src/cli/x.ts", code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS.Workbook;\n' },
  cliNodeFs: { file: "src/cli/x.ts", code: 'import { promises } from "node:fs";\nexport const p = promises;\n' },
  taskpaneXlsx: {
    file: "src/taskpane/x.ts",
    code: 'import { loadWorkbook } from "../xlsx/load";\nexport const l = loadWorkbook;\n',
  },
  taskpaneOfficeGlobal: { file: "src/taskpane/x.ts", code: "export const ready = Office.onReady();\n" },
  officeOfficeGlobal: { file: "src/office/x.ts", code: "export const ready = Office.onReady();\n" },
};

function lint(): { rules: Record<string, string[]>; layers: Record<string, Layer> } {
  const names = Object.keys(snippets);
  const out = execFileSync(process.execPath, ["-e", LINT, JSON.stringify(names.map((n) => snippets[n]))], {
    cwd: REPO,
    encoding: "utf8",
  });
  const { rules, layers } = JSON.parse(out) as { rules: string[][]; layers: Record<string, Layer> };
  return { rules: Object.fromEntries(names.map((n, i) => [n, rules[i]])), layers };
}

/** Rows of CONTRIBUTING.md's Layout table: folder -> its "may import" cell. */
function contributingTable(): Map<string, string> {
  const text = fs.readFileSync(path.join(REPO, "CONTRIBUTING.md"), "utf8");
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const folder = /^`src\/([a-z0-9/-]+)\/`$/.exec(cells[1] ?? "");
    if (folder) rows.set(folder[1], cells[3]);
  }
  return rows;
}

describe("the layering of CONTRIBUTING.md, held by lint", () => {
  let result: ReturnType<typeof lint>;
  beforeAll(() => {
    result = lint();
  }, 180_000);

  it("refuses an import across the table: core reaching into office, the pane into the ExcelJS adapter", () => {
    expect(result.rules.coreImportsOffice).toEqual([IMPORT_RULE]);
    expect(result.rules.taskpaneXlsx).toEqual([IMPORT_RULE]);
  });

  it("lets a folder import what its row names, and itself", () => {
    expect(result.rules.coreImportsI18n).toEqual([]);
    expect(result.rules.coreWithinCore).toEqual([]);
  });

  it("allows types only where the table says 'types from'", () => {
    expect(result.rules.i18nTypeFromCore).toEqual([]);
    expect(result.rules.i18nValueFromCore).toEqual([IMPORT_RULE]);
  });

  it("allows one module of a folder where the table names it: the in-memory Excel takes core/cells only", () => {
    expect(result.rules.memoryExcelCells).toEqual([]);
    expect(result.rules.memoryExcelModel).toEqual([IMPORT_RULE]);
  });

  it("keeps each package to its folders: ExcelJS in the adapter, not in the command line", () => {
    expect(result.rules.xlsxExcelJs).toEqual([]);
    expect(result.rules.cliExcelJs).toEqual([IMPORT_RULE]);
    expect(result.rules.cliNodeFs).toEqual([]);
  });

  it("keeps Office.js's globals in src/office", () => {
    expect(result.rules.taskpaneOfficeGlobal).toEqual(["no-restricted-globals"]);
    expect(result.rules.officeOfficeGlobal).toEqual([]);
  });

  it("CONTRIBUTING.md's table names, folder by folder, what the configuration allows", () => {
    const table = contributingTable();
    for (const [folder, layer] of Object.entries(result.layers)) {
      const cell = table.get(folder);
      expect({ folder, cell }).toEqual({ folder, cell: expect.any(String) });
      const [folders] = (cell as string).split(";");
      const allowed = [...(layer.folders ?? []), ...(layer.typesFrom ?? [])];
      const written = folders
        .replace(/^types from /, "")
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean);
      expect({ folder, written: written.sort() }).toEqual({ folder, written: [...allowed].sort() });
      expect({ folder, typesOnly: folders.startsWith("types from") }).toEqual({
        folder,
        typesOnly: (layer.typesFrom ?? []).length > 0,
      });
    }
  });
});
