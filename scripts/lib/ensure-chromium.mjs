// Finds the Chromium the end-to-end tests drive, installing Debian's package when possible.
import { existsSync } from "node:fs";
import { run, stage } from "./run.mjs";

/** Resolves the browser path (CHROME_PATH or /usr/bin/chromium); exits with advice if none. */
export async function ensureChromium() {
  const wanted = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (existsSync(wanted)) return wanted;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    stage("install Chromium (apt-get install chromium)");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if ((await run("apt-get", ["update", "-qq"], { env })) === 0) {
      await run("apt-get", ["install", "-y", "-qq", "chromium"], { env });
    }
    if (existsSync(wanted)) return wanted;
  }
  console.error(
    `No browser at ${wanted}. Install Chromium (Debian: sudo apt-get install chromium) ` +
      "or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.",
  );
  process.exit(1);
}
