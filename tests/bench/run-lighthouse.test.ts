import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** What the fake Lighthouse run does: write this report where it is told, or fail. */
const run = vi.hoisted(() => ({ report: "" as string | undefined, outputs: [] as string[] }));

vi.mock("node:child_process", () => ({
  execFile: (_cmd: string, args: string[], _options: unknown, done: (error: Error | null) => void) => {
    const out = args.find((arg) => arg.startsWith("--output-path="))?.slice("--output-path=".length) ?? "";
    run.outputs.push(out);
    if (run.report === undefined) return done(new Error("Chromium exited early"));
    writeFileSync(out, run.report);
    done(null);
  },
}));

const { runLighthouse } = await import("../../scripts/lib/lighthouse.mjs");

afterEach(() => {
  run.outputs = [];
});

describe("runLighthouse (the tests' and the bench's Lighthouse)", () => {
  it("GOOD: returns the report and removes the folder it was written in", async () => {
    run.report = JSON.stringify({ categories: { seo: { score: 1 } } });
    const report = await runLighthouse("http://127.0.0.1:1/", ["seo"]);
    expect(report).toEqual({ categories: { seo: { score: 1 } } });
    expect(run.outputs).toHaveLength(1);
    expect(path.basename(path.dirname(run.outputs[0] ?? ""))).toMatch(/^lighthouse-/);
    expect(existsSync(path.dirname(run.outputs[0] ?? ""))).toBe(false);
  });

  it("BAD: a run that fails rejects with its error, and its folder is removed too", async () => {
    run.report = undefined;
    await expect(runLighthouse("http://127.0.0.1:1/", ["seo"])).rejects.toThrow("Chromium exited early");
    expect(run.outputs).toHaveLength(1);
    expect(existsSync(path.dirname(run.outputs[0] ?? ""))).toBe(false);
  });
});
