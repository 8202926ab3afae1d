import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { SEARCH_DB_FOLDER, searchDbRoot } from "../../lib/content/search-db-files";
import { startServer, waitForServer } from "../../scripts/lib/site.mjs";
import { freePort } from "../../scripts/lib/free-port.mjs";

const episodesDir = process.env.EPISODES_DIR || path.resolve("content/episodes");
const A_TITLE = "Hugging Face and watsonx: why open source is the future of AI in business";

/**
 * A server of its own on the suite's build, with a copy of its library and an index of its own
 * (one process at a time may open an embedded database, and the suite's server has it open).
 * `check` gets its port, the lock file it writes while it has the index open (lockGeneration)
 * and its environment; the server is stopped and its library removed afterwards.
 */
async function withOwnServer(
  options: { searchWarmUp: boolean },
  check: (port: number, lock: string, env: NodeJS.ProcessEnv) => Promise<void>,
) {
  const dir = mkdtempSync(path.join(tmpdir(), "episodes-warm-up-"));
  const episodes = path.join(dir, "episodes");
  cpSync(episodesDir, episodes, {
    recursive: true,
    filter: (from) => path.basename(from) !== SEARCH_DB_FOLDER,
  });
  const env = { ...process.env, EPISODES_DIR: episodes, DATABASE_URL: "" };
  const index = spawnSync(process.execPath, ["bin/episodes.mjs", "index", "--out", episodes, "--quiet"], {
    encoding: "utf8",
    env,
    timeout: 90_000,
  });
  expect(index.status, index.stderr).toBe(0);
  const port = await freePort();
  const { child, stop } = startServer(port, { stdio: "ignore", host: "127.0.0.1", env, ...options });
  try {
    await check(port, path.join(searchDbRoot(episodes), `server-${child.pid}.lock`), env);
  } finally {
    const exited = new Promise((resolve) =>
      child.exitCode === null ? child.once("exit", resolve) : resolve(null),
    );
    stop();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

async function expectSearchFinds(page: Page, port: number) {
  await page.goto(`http://127.0.0.1:${port}/search?q=attention+is+all+you+need`);
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: A_TITLE })).toBeVisible();
}

test("the server opens the library search as it starts, before anyone searches", async ({ page }) => {
  test.setTimeout(120_000);
  await withOwnServer({ searchWarmUp: true }, async (port, lock) => {
    await expect.poll(() => existsSync(lock), { timeout: 30_000 }).toBe(true);
    await expectSearchFinds(page, port);
  });
});

test("a server started with --no-search-warm-up (npm run export's) opens it only when searched", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withOwnServer({ searchWarmUp: false }, async (port, lock) => {
    await waitForServer(`http://127.0.0.1:${port}/`);
    // Long enough for the warm-up to have opened it (about a second on this library).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(existsSync(lock)).toBe(false);
    await expectSearchFinds(page, port);
    expect(existsSync(lock)).toBe(true);
  });
});

test("a second server on the same library says another has its search open, and the first still answers", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withOwnServer({ searchWarmUp: true }, async (port, lock, env) => {
    await expect.poll(() => existsSync(lock), { timeout: 30_000 }).toBe(true);
    const firstPid = /server-(\d+)\.lock$/.exec(lock)?.[1];
    const secondPort = await freePort();
    const second = startServer(secondPort, { stdio: "ignore", host: "127.0.0.1", env, searchWarmUp: true });
    try {
      await waitForServer(`http://127.0.0.1:${secondPort}/`);
      await page.goto(`http://127.0.0.1:${secondPort}/search?q=attention+is+all+you+need`);
      const alert = page.getByRole("alert").filter({ hasText: "Library search is unavailable" });
      await expect(alert).toContainText(
        `Another server (process ${firstPid}) has this library's search index open`,
      );
      expect(existsSync(path.join(path.dirname(lock), `server-${second.child.pid}.lock`))).toBe(false);
    } finally {
      const exited = new Promise((resolve) => second.child.once("exit", resolve));
      second.stop();
      await exited;
    }
    await expectSearchFinds(page, port);
  });
});
