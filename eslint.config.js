import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "build/",
      "scratch/",
      "src/dashboards/.observablehq/",
      "src/dashboards/components/bundles/",
      ".observablehq/",
      "coverage/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The browser edge: src/data and the dashboards' components run in a page, so they may not
  // import the Node-only library (src/lib, the `doingoai` entry), Node's modules or DuckDB.
  {
    files: ["src/data/**", "src/dashboards/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "doingoai",
              message: "browser-safe code imports doingoai/data, not the Node-only doingoai.",
            },
            ...builtinModules.map((name) => ({
              name,
              message: "browser-safe code may not import Node's modules.",
            })),
          ],
          patterns: [
            { regex: "(^|/)lib(/|$)", message: "browser-safe code may not import src/lib (Node-only)." },
            { regex: "^node:", message: "browser-safe code may not import Node's modules." },
            { regex: "^@duckdb/", message: "browser-safe code may not import DuckDB." },
          ],
        },
      ],
    },
  },
  {
    files: ["bin/**/*.js", "eslint.config.js", "test/**/*.mjs", "src/dashboards/site/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
