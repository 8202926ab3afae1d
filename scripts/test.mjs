// `npm test`: install what is missing, then typecheck, lint, unit, build, end-to-end.
// Each stage prints its name; the first failure stops the run. The last line is the total.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureChromium } from "./lib/ensure-chromium.mjs";
import { ingestFixtureFeed } from "./lib/fixture-feed.mjs";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { ensurePostgres } from "./lib/postgres.mjs";
import { bin, NEXT_BUILD_ARGS, run, stage } from "./lib/run.mjs";
import { inputStamp, isBuildCurrent, writeBuildStamp } from "./lib/site-build.mjs";

const root = new URL("../", import.meta.url).pathname;
const out = path.join(root, ".test-output");
const totals = { passed: 0, failed: 0, skipped: 0 };
// The site under test is built from the real episodes plus test-only fixture episodes, into its
// own folders, so it never mixes with what `npm start` serves.
// It is built for a public origin (as a real deployment is), which the static export requires;
// the end-to-end tests check that no link or preview names another host.
const testEnv = {
  NEXT_DIST_DIR: ".next-test",
  EPISODES_DIR: path.join(out, "episodes"),
  SITE_URL: "https://explorer.example",
};

function printTotals() {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
}

function fail(name, code) {
  console.error(`\n✖ ${name} failed (exit ${code})`);
  printTotals();
  process.exit(code || 1);
}

async function step(name, command, args, env) {
  stage(name);
  const code = await run(command, args, { cwd: root, env });
  if (code !== 0) fail(name, code);
}

function addCounts(file, read) {
  if (!existsSync(file)) return;
  const counts = read(JSON.parse(readFileSync(file, "utf8")));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

await ensureDeps();
const chromium = await ensureChromium();
// The library search suite runs against a real PostgreSQL server too: vitest's engine project
// starts a throwaway one (and stops it, also on failure) from Debian's package, installed here.
if (!process.env.TEST_DATABASE_URL) await ensurePostgres();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The committed seeds' model, whatever EPISODES_SOURCES / EPISODES_DIR the shell has set.
await step("content: sources valid and committed model current (episodes check)", "node", [
  "bin/episodes.mjs",
  "check",
  "--sources",
  "content/sources",
  "--out",
  "content/episodes",
]);
await step("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
await step("lint (eslint)", bin("eslint"), [".", "--max-warnings=0"]);
await step("format (prettier --check)", bin("prettier"), ["--check", "."]);

stage("unit tests (vitest; the search engine on PGlite and on a PostgreSQL server it starts)");
const unitFile = path.join(out, "vitest.json");
const unitCode = await run(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`],
  {
    cwd: root,
  },
);
addCounts(unitFile, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));
if (unitCode !== 0) fail("unit tests", unitCode);

// An episode that comes from a podcast feed, as a reader brings one: served on loopback and
// ingested with `episodes feed add` (people, a soundbite, chapters, the enclosure as media).
const feedSources = path.join(out, "feed-sources");
stage("feed add: the loopback fixture feed (tests/fixtures/feed)");
const feedCode = await ingestFixtureFeed(feedSources, path.join(out, "feed-episodes"));
if (feedCode !== 0) fail("feed add of the fixture feed", feedCode);

await step("build test episodes (real episodes + tests/fixtures/sources + the feed's)", "node", [
  "bin/episodes.mjs",
  "build",
  "--sources",
  "content/sources",
  "--sources",
  "tests/fixtures/sources",
  "--sources",
  feedSources,
  "--out",
  testEnv.EPISODES_DIR,
  "--quiet",
]);
// The episodes folder is no input: pages read it on request (EPISODES_DIR at run time).
const stamp = () => inputStamp(testEnv.NEXT_DIST_DIR, [], testEnv.SITE_URL);
if (isBuildCurrent(testEnv.NEXT_DIST_DIR, stamp())) {
  stage("production build is up to date");
} else {
  await step("production build (next build)", bin("next"), NEXT_BUILD_ARGS, testEnv);
  writeBuildStamp(testEnv.NEXT_DIST_DIR, stamp());
}

stage("end-to-end tests (playwright, Chromium)");
const e2eFile = path.join(out, "playwright.json");
const e2eCode = await run(bin("playwright"), ["test"], {
  cwd: root,
  env: { ...testEnv, CHROME_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_FILE: e2eFile },
});
addCounts(e2eFile, (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
}));
if (e2eCode !== 0) fail("end-to-end tests", e2eCode);

const staticDir = path.join(out, "static");
await step("static export (npm run export) of the test build", "node", ["scripts/export.mjs"], {
  ...testEnv,
  EXPORT_DIR: staticDir,
  EXPORT_SKIP_BUILD: "1",
});
stage("end-to-end tests against the static export (plain static server)");
const staticFile = path.join(out, "playwright-static.json");
const staticCode = await run(bin("playwright"), ["test", "-c", "playwright.static.config.ts"], {
  cwd: root,
  env: { CHROME_PATH: chromium, STATIC_DIR: staticDir, PLAYWRIGHT_JSON_OUTPUT_FILE: staticFile },
});
addCounts(staticFile, (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
}));
if (staticCode !== 0) fail("end-to-end tests against the static export", staticCode);
printTotals();
