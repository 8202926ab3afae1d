// Installs dependencies when node_modules is missing or older than the lockfile.
// `npm ci` cannot be used: the registry here lacks Next's and Tailwind's non-Linux optional packages.
import { existsSync, statSync } from "node:fs";
import { run, stage } from "./run.mjs";

const root = new URL("../../", import.meta.url).pathname;

function needsInstall() {
  const marker = `${root}node_modules/.package-lock.json`;
  if (!existsSync(marker)) return true;
  const lock = `${root}package-lock.json`;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs;
}

/** Ensures dependencies are installed; exits the process on failure. */
export async function ensureDeps() {
  if (!needsInstall()) return;
  stage("install dependencies (npm install)");
  const code = await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: root });
  if (code !== 0) {
    console.error("npm install failed: check the network to the npm registry, then run the command again.");
    process.exit(code);
  }
}
