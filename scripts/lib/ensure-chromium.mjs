// Finds the Chromium the end-to-end tests drive, installing Debian's package when possible.
import { aptInstall } from "./apt-install.mjs";

/** Resolves the browser path (CHROME_PATH or /usr/bin/chromium); exits with advice if none. */
export async function ensureChromium() {
  const wanted = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (await aptInstall("chromium", wanted)) return wanted;
  console.error(
    `No browser at ${wanted}. Install Chromium (Debian: sudo apt-get install chromium) ` +
      "or set CHROME_PATH to a Chromium or Chrome binary, then run the command again.",
  );
  process.exit(1);
}
