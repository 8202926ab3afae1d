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
