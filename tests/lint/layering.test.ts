import { readdirSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { LAYERS, layeringZones } from "../../eslint/layering.mjs";

// The layering rule is proved on synthetic files: each one imports across a line the table
// forbids (or allows) and is linted with the project's own ESLint config, as `npm run lint` does.
const root = process.cwd();
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
const folders = readdirSync(path.join(root, "lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A real module of `lib/<folder>` (the rule resolves imports to files), as an `@/` import. */
function moduleOf(folder: string): string {
  const files = readdirSync(path.join(root, "lib", folder), { recursive: true, encoding: "utf8" });
  const file = files.filter((f) => f.endsWith(".ts")).sort()[0];
  if (!file) throw new Error(`lib/${folder} has no module`);
  return `@/lib/${folder}/${file.replace(/\.ts$/, "")}`;
}

/** The layering messages ESLint reports for `code` as the file `lib/<folder>/<name>`. */
async function layeringErrors(folder: string, code: string, name = "layering-probe.ts"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, "lib", folder, name) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

const allowed = (folder: string, other: string): boolean => {
  const row = LAYERS[folder];
  return row === "*" || row?.includes(other) === true || folder === other;
};

describe("the layering of lib/ (eslint/layering.mjs)", () => {
  it("has a row for every folder of lib/", () => {
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
    expect(() => layeringZones([...folders, "newcomer"])).toThrow(/lib\/newcomer has no row/);
  });

  it("rejects the imports the issue names: parse ↛ merge, merge ↛ content, model ↛ merge", async () => {
    expect(await layeringErrors("parse", `import "../merge/merge-episode";\n`)).toEqual([
      expect.stringMatching(/lib\/parse may not import lib\/merge/),
    ]);
    expect(
      await layeringErrors("merge", `export { getEpisode } from "@/lib/content/load-episodes";\n`),
    ).toEqual([expect.stringMatching(/lib\/merge may not import lib\/content/)]);
    expect(
      await layeringErrors("model", `import type { MergeSource } from "../merge/merge-episode";\n`),
    ).toEqual([expect.stringMatching(/lib\/model may not import lib\/merge/)]);
    expect(
      await layeringErrors("view", `const m = await import("../build/build-episode");\nvoid m;\n`),
    ).toEqual([expect.stringMatching(/lib\/view may not import lib\/build/)]);
  });

  it("rejects every import the table forbids, by relative path and by the @/ alias", async () => {
    const missed: string[] = [];
    for (const folder of folders)
      for (const other of folders.filter((o) => !allowed(folder, o))) {
        const target = moduleOf(other);
        const relative = target.replace("@/lib/", "../");
        for (const code of [`import "${target}";\n`, `export * from "${relative}";\n`])
          if ((await layeringErrors(folder, code)).length !== 1) missed.push(`${folder}: ${code.trim()}`);
      }
    expect(missed).toEqual([]);
  });

  it("rejects React, Next.js and the app's folders anywhere in lib/", async () => {
    const code = [
      `import { useState } from "react";`,
      `import { createRoot } from "react-dom/client";`,
      `import Link from "next/link";`,
      `import type { NextConfig } from "next";`,
      `import { EpisodePage } from "@/components/episode/episode-page";`,
      `import Page from "../../app/page";`,
      "",
    ].join("\n");
    const errors = await layeringErrors("search", code);
    expect(errors).toHaveLength(6);
    expect(errors.slice(0, 4).every((e) => /no React or Next\.js/.test(e))).toBe(true);
    expect(errors.slice(4)).toEqual([
      expect.stringMatching(/may not import components\//),
      expect.stringMatching(/may not import app\//),
    ]);
  });

  it("accepts every import the table allows, and the file's own folder", async () => {
    const rejected: string[] = [];
    for (const folder of folders)
      for (const other of folders.filter((o) => allowed(folder, o))) {
        const code = `import "${moduleOf(other)}";\nimport "zod";\n`;
        if ((await layeringErrors(folder, code)).length) rejected.push(`${folder} → ${other}`);
      }
    expect(rejected).toEqual([]);
  });
});
