/**
 * Lint rules for the whole tree (run through office-addin-lint, which picks this file up): the Office add-in
 * rules and prettier from eslint-plugin-office-addins, extended to .tsx, plus the globals of each environment.
 */
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import * as espree from "espree";

const readonly = (names) => Object.fromEntries(names.map((name) => [name, "readonly"]));
const NODE_GLOBALS = readonly([
  "require",
  "module",
  "exports",
  "process",
  "console",
  "Buffer",
  "URL",
  "__dirname",
  "__filename",
  "setTimeout",
  "clearTimeout",
]);

/**
 * The layering of CONTRIBUTING.md ("may import"), which lint holds: for each folder of src, the other folders it may
 * import (a "folder/module" entry allows that module alone), those it may import types from only, and the packages it
 * may use (`node`: Node's own modules). Any other import is an error. Office.js's globals are used in src/office only
 * (the in-memory Excel models them; the playground installs it).
 */
const NODE_MODULES = ["fs", "path", "zlib", "util", "os", "stream", "crypto", "child_process"];
const REACT = ["react", "react-dom", "@fluentui/react-components"];
export const LAYERS = {
  core: { folders: ["i18n"] },
  i18n: { typesFrom: ["core", "office"] },
  xlsx: { folders: ["core", "i18n"], packages: ["exceljs", "fflate"], node: true },
  cli: { folders: ["core", "xlsx", "i18n"], node: true },
  office: { folders: ["core", "i18n"] },
  "memory-excel": { folders: ["core/cells"] },
  // The unit files' .xlsx are built and read in the pane by the ExcelJS adapter's browser-safe module, loaded lazily.
  taskpane: { folders: ["core", "office", "i18n", "xlsx/unit-files-browser"], packages: REACT },
  commands: { folders: ["office"] },
  playground: { folders: ["taskpane", "office", "memory-excel", "i18n"], packages: REACT },
};
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension"];
const OFFICE_FOLDERS = ["office", "memory-excel", "playground"];

/** A relative import reaching into `folder` of src from any depth below another folder: "../office", "../../core/x". */
const intoFolder = (folder, except = []) => `^(\\.\\./)+${folder}${except.map((m) => `(?!/${m}$)`).join("")}(/|$)`;

function layerRules(name, { folders = [], typesFrom = [], packages = [], node = false }) {
  const allowed = [...folders, ...typesFrom.map((f) => `types from ${f}`)].join(", ") || "no other folder";
  const message = `src/${name} may import ${allowed} (CONTRIBUTING.md, Layout)`;
  const patterns = Object.keys(LAYERS)
    .filter((other) => other !== name && !folders.includes(other))
    .map((other) => {
      const only = folders.filter((f) => f.startsWith(`${other}/`)).map((f) => f.slice(other.length + 1));
      return { regex: intoFolder(other, only), message, allowTypeImports: typesFrom.includes(other) };
    });
  const usable = [...packages, ...(node ? NODE_MODULES.map((m) => `(node:)?${m}`) : [])];
  const said = [...packages, ...(node ? ["Node's modules"] : [])].join(", ") || "no package";
  patterns.push({ regex: `^(?![.])(?!(${usable.join("|") || "$^"})(/|$))`, message: `src/${name} may use ${said}` });
  const officeGlobals = OFFICE_GLOBALS.map((g) => ({ name: g, message: "Office.js is called from src/office only" }));
  return {
    files: [`src/${name}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
      ...(OFFICE_FOLDERS.includes(name) ? {} : { "no-restricted-globals": ["error", ...officeGlobals] }),
    },
  };
}

/** The plugin's own block lists .ts but not .tsx files, and names no parser (office-addin-lint adds it the same way). */
const withTsx = (config) => (config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config);

export default [
  { ignores: ["dist/", "lib/", "build/", "node_modules/", "coverage/", ".tmp/", "test-artifacts/"] },
  ...officeAddins.configs.react.map(withTsx),
  { languageOptions: { parser: tsParser, ecmaVersion: "latest" } },
  {
    rules: {
      // The automatic JSX runtime needs no React import; TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Same convention as TypeScript's noUnusedParameters: a leading underscore marks a name kept on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  // TypeScript itself reports undefined names, knowing every declared global (Office, jest, DOM).
  { files: ["**/*.{ts,tsx}"], rules: { "no-undef": "off" } },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: NODE_GLOBALS },
  },
  {
    // Tool configurations written as ES modules (stryker.config.mjs, this file) run in Node too.
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: NODE_GLOBALS },
  },
  ...Object.entries(LAYERS).map(([name, layer]) => layerRules(name, layer)),
  {
    // Must run in Internet Explorer's engine: parse it as ES5 so that newer syntax is an error.
    files: ["src/taskpane/legacy-check.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: "script",
      globals: readonly(["window", "document"]),
    },
  },
];
