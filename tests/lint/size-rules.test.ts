import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The size rules of eslint.config.mjs, proved on synthetic files linted with the project's own
// config, as `npm run lint` does.
const root = process.cwd();
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });

/** The rule ids ESLint reports for `code` as the file at `file` (relative to the root). */
async function ruleIds(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

/** A function of `n` lines, its signature and closing brace included (as ESLint counts). */
const functionOf = (n: number) =>
  `export function long(): number {\n  let x = 0;\n${"  x += 1;\n".repeat(n - 4)}  return x;\n}\n`;

describe("size rules", () => {
  it("reject a function over 60 lines in lib/, scripts/ and bin/, and accept one of 60", async () => {
    for (const file of ["lib/sync/probe.ts", "scripts/lib/probe.mjs", "bin/probe.mjs"]) {
      expect(await ruleIds(file, functionOf(61)), file).toContain("max-lines-per-function");
      expect(await ruleIds(file, functionOf(60)), file).not.toContain("max-lines-per-function");
    }
  });

  it("reject a module over 200 lines in lib/", async () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join("\n") + "\n";
    expect(await ruleIds("lib/view/probe.ts", lines(201))).toContain("max-lines");
    expect(await ruleIds("lib/view/probe.ts", lines(200))).not.toContain("max-lines");
  });

  it("make a merge function past three parameters take an options object; elsewhere it may not", async () => {
    const four = "export const f = (a: number, b: number, c: number, d: number): number => a + b + c + d;\n";
    const options =
      "export const f = (o: { a: number; b: number; c: number; d: number }): number => o.a + o.d;\n";
    expect(await ruleIds("lib/merge/align/probe.ts", four)).toContain("max-params");
    expect(await ruleIds("lib/merge/align/probe.ts", options)).not.toContain("max-params");
    expect(await ruleIds("lib/search/probe.ts", four)).not.toContain("max-params");
  });
});
