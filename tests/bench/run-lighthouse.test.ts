import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** What the fake Lighthouse run does: write this report where it is told, or fail. */
const run = vi.hoisted(() => ({
  report: "" as string | undefined | ((args: string[]) => string),
  outputs: [] as string[],
  args: [] as string[][],
}));

vi.mock("node:child_process", () => ({
  execFile: (_cmd: string, args: string[], _options: unknown, done: (error: Error | null) => void) => {
    const out = args.find((arg) => arg.startsWith("--output-path="))?.slice("--output-path=".length) ?? "";
    run.outputs.push(out);
    run.args.push(args);
    if (run.report === undefined) return done(new Error("Chromium exited early"));
    writeFileSync(out, typeof run.report === "function" ? run.report(args) : run.report);
    done(null);
  },
}));

const { cpuSlowdownFor, failingAudits, measurePerformance, runLighthouse } = await import("../../scripts/lib/lighthouse.mjs");

afterEach(() => {
  run.outputs = [];
  run.args = [];
});

/**
 * A performance report from a host of this benchmarkIndex: the score falls as the CPU slowdown
 * asked for grows (4× when none is: Lighthouse's default), as a real page's would.
 */
const hostReport = (benchmarkIndex: number) => (args: string[]) => {
  const flag = args.find((arg) => arg.startsWith("--throttling.cpuSlowdownMultiplier="));
  const slowdown = flag ? Number(flag.split("=")[1]) : 4;
  const tbt = 100 * slowdown;
  return JSON.stringify({
    environment: { benchmarkIndex },
    categories: { performance: { score: 1 - slowdown / 10, auditRefs: [] } },
    audits: {
      "largest-contentful-paint": { numericValue: 1000, score: 1, title: "LCP" },
      "total-blocking-time": { numericValue: tbt, score: 1, title: "TBT" },
      "cumulative-layout-shift": { numericValue: 0, score: 1, title: "CLS" },
    },
  });
};

describe("runLighthouse (the tests' and the bench's Lighthouse)", () => {
  it("GOOD: returns the report and removes the folder it was written in", async () => {
    run.report = JSON.stringify({ categories: { seo: { score: 1 } } });
    const report = await runLighthouse("http://127.0.0.1:1/", ["seo"]);
    expect(report).toEqual({ categories: { seo: { score: 1 } } });
    expect(run.outputs).toHaveLength(1);
    expect(path.basename(path.dirname(run.outputs[0] ?? ""))).toMatch(/^lighthouse-/);
    expect(existsSync(path.dirname(run.outputs[0] ?? ""))).toBe(false);
  });

  it("GOOD: Chrome keeps its own RenderDocument: the last --disable-features leaves it out, the launcher's others stay off", async () => {
    run.report = JSON.stringify({ categories: { seo: { score: 1 } } });
    await runLighthouse("http://127.0.0.1:1/", ["seo"]);
    const chromeFlags = (run.args[0] ?? []).find((arg) => arg.startsWith("--chrome-flags=")) ?? "";
    const disabled = chromeFlags.split(" ").filter((flag) => flag.startsWith("--disable-features="));
    expect(disabled).toHaveLength(1);
    const features = disabled.at(-1)?.slice("--disable-features=".length).split(",");
    expect(features).toContain("Translate");
    expect(features).not.toContain("RenderDocument");
    expect(chromeFlags).toContain("--headless=new");
  });

  it("BAD: a run that fails rejects with its error, and its folder is removed too", async () => {
    run.report = undefined;
    await expect(runLighthouse("http://127.0.0.1:1/", ["seo"])).rejects.toThrow("Chromium exited early");
    expect(run.outputs).toHaveLength(1);
    expect(existsSync(path.dirname(run.outputs[0] ?? ""))).toBe(false);
  });
});

describe("failingAudits (what the Lighthouse e2e test prints when a page falls short)", () => {
  const targetNode = (n: number) => ({
    node: {
      selector: `.turn:nth-child(${n}) > .turn-name > a`,
      snippet: `<a href="/people/p${n}">`,
      explanation: "Fix any of the following:\n  Target has insufficient space to its closest neighbors.",
    },
  });
  const report = (items: ReturnType<typeof targetNode>[]) => ({
    categories: {
      accessibility: {
        score: 0.98,
        auditRefs: [
          { id: "target-size", weight: 7 },
          { id: "color-contrast", weight: 7 },
          { id: "label-content-name-mismatch", weight: 0 },
        ],
      },
    },
    audits: {
      "target-size": { score: 0, title: "Touch targets are too small", details: { items } },
      "color-contrast": { score: 1, title: "Contrast is enough", details: { items: [targetNode(9)] } },
      "label-content-name-mismatch": { score: 0, title: "Label mismatch", details: { items: [] } },
    },
  });

  it("GOOD: a passing report has no failing audits", () => {
    const passing = report([]);
    passing.audits["target-size"].score = 1;
    expect(failingAudits(passing)).toEqual([]);
  });

  it("BAD: names each failing, weighted audit with the elements it names: selector, snippet, one-line explanation", () => {
    expect(failingAudits(report([targetNode(3)]))).toEqual([
      "accessibility: Touch targets are too small\n" +
        '  .turn:nth-child(3) > .turn-name > a `<a href="/people/p3">`: Fix any of the following: Target has insufficient space to its closest neighbors.',
    ]);
  });

  it("BAD: shows five elements and counts the rest", () => {
    const lines = failingAudits(report([1, 2, 3, 4, 5, 6, 7].map(targetNode)))[0]?.split("\n") ?? [];
    expect(lines).toHaveLength(7);
    expect(lines[5]).toContain(".turn:nth-child(5)");
    expect(lines[6]).toBe("  and 2 more");
  });
});

describe("cpuSlowdownFor (Lighthouse's CPU slowdown for the host)", () => {
  it("GOOD: follows Lighthouse's calibration points, and never throttles more than its 4× default", () => {
    expect([150, 800, 1300, 1533].map(cpuSlowdownFor)).toEqual([1, 2, 3, 4]);
    expect(cpuSlowdownFor(713.5)).toBeCloseTo(1.87, 2);
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5, 2);
    expect([2000, 5000].map(cpuSlowdownFor)).toEqual([4, 4]);
  });

  it("BAD: an index that is missing, not a number or not positive keeps the default; a tiny one 1×", () => {
    expect([NaN, Infinity, 0, -5].map(cpuSlowdownFor)).toEqual([4, 4, 4, 4]);
    expect(cpuSlowdownFor(90)).toBe(1);
  });
});

describe("measurePerformance (the bench's Lighthouse score)", () => {
  const slowdowns = () =>
    run.args.map((args) => args.find((arg) => arg.startsWith("--throttling.")) ?? "default");

  it("GOOD: on a fast host, three runs at the default slowdown, the first among them", async () => {
    run.report = hostReport(1800);
    const lh = await measurePerformance("http://127.0.0.1:1/");
    expect(slowdowns()).toEqual(["default", "default", "default"]);
    expect(lh).toMatchObject({ score: 60, tbtMs: 400, benchmarkIndex: 1800, cpuSlowdownMultiplier: 4 });
  });

  it("BAD host: a first run finds it slow, then three runs at its slowdown; the default's score is kept", async () => {
    run.report = hostReport(713.5);
    const lh = await measurePerformance("http://127.0.0.1:1/");
    const calibrated = "--throttling.cpuSlowdownMultiplier=1.87";
    expect(slowdowns()).toEqual(["default", calibrated, calibrated, calibrated]);
    expect(lh).toMatchObject({ score: 81, tbtMs: 187, cpuSlowdownMultiplier: 1.87, defaultScore: 60 });
  });
});
