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
