import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";
import { forbiddenPackageRule, layeringZones } from "./eslint/layering.mjs";

const root = import.meta.dirname;
const libFolders = readdirSync(`${root}/lib`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Content is text: never inject it as HTML.
      "react/no-danger": "error",
    },
  },
  {
    // The layering of lib/ (parse → merge → model → content → view/app): see eslint/layering.mjs.
    files: ["lib/**"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: root, zones: layeringZones(libFolders) }],
      "no-restricted-imports": ["error", forbiddenPackageRule()],
    },
  },
  {
    // Small pieces a reader can hold in mind (issue 14). React components are exempt: their
    // length is markup, and they live outside these folders.
    files: ["lib/**/*.ts", "scripts/**/*.{ts,mjs}", "bin/**/*.mjs", "eslint/**/*.mjs"],
    rules: {
      "max-lines": ["error", { max: 200 }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The merge's functions take an options object past three parameters: its stages pass
    // several things of one type (clocks, word lists), which positions would mix up.
    files: ["lib/merge/**/*.ts"],
    rules: { "max-params": ["error", 3] },
  },
  globalIgnores([
    ".next*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/**",
    ".test-output/**",
  ]),
]);
