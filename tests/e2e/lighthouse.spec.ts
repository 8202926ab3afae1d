import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { test, expect } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../../scripts/lib/chromium-flags.mjs";
import { KEY_PAGES } from "../../scripts/lib/key-pages.mjs";

// Lighthouse runs from the npm registry through npx (as a dependency it breaks the lockfile).
// Accessibility, best practices and SEO do not depend on the machine's speed, so they are
// asserted here; performance is measured by `npm run bench`.
const run = promisify(execFile);
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

for (const pagePath of KEY_PAGES) {
  test(`Lighthouse (mobile) scores 100 for accessibility, best practices and SEO on ${pagePath}`, async ({
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "lighthouse-")), "report.json");
    await run(
      "npx",
      [
        "-y",
        "lighthouse@12.8.2",
        `${baseURL}${pagePath}`,
        "--only-categories=accessibility,best-practices,seo",
        "--output=json",
        `--output-path=${out}`,
        "--quiet",
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" },
        timeout: 220_000,
      },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; title: string }>;
    };
    const failing = Object.entries(report.categories).flatMap(([name, category]) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${name}: ${report.audits[ref.id]?.title}`),
    );
    expect(failing).toEqual([]);
    for (const name of ["accessibility", "best-practices", "seo"])
      expect(report.categories[name]?.score, name).toBe(1);
  });
}
