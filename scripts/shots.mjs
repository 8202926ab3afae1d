// `npm run shots`: screenshots of the key pages (episode A first) at a laptop and a phone size,
// light and dark, into shots/ (ignored by git) so anyone can look at the site without running it.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./lib/chromium-flags.mjs";
import { ensureChromium } from "./lib/ensure-chromium.mjs";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { freePort } from "./lib/free-port.mjs";
import { KEY_PAGES } from "./lib/key-pages.mjs";
import { stage } from "./lib/run.mjs";
import { ensureSiteBuilt, startServer, waitForServer } from "./lib/site.mjs";

const root = new URL("../", import.meta.url).pathname;
const outDir = `${root}shots`;
const SIZES = [
  { name: "wide", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
];
const SCHEMES = ["light", "dark"];

/** `/episodes/hugging-face-watsonx` → `hugging-face-watsonx`; `/` → `home`. */
const fileStem = (pagePath) => pagePath.split("/").filter(Boolean).at(-1) ?? "home";

await ensureDeps();
const executablePath = await ensureChromium();
await ensureSiteBuilt();
const port = Number(process.env.SHOTS_PORT) || (await freePort());
const base = `http://127.0.0.1:${port}`;
stage(`serve on ${base}`);
const server = startServer(port, { stdio: "ignore", host: "127.0.0.1" });
let browser;
// Ctrl-C must not leave the server behind.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.stop();
    process.exit(130);
  });
}
try {
  await waitForServer(`${base}/`);
  mkdirSync(outDir, { recursive: true });
  browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  stage(`screenshots into ${outDir}`);
  for (const pagePath of KEY_PAGES) {
    for (const size of SIZES) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({
          viewport: { width: size.width, height: size.height },
          colorScheme,
        });
        await page.goto(base + pagePath, { waitUntil: "networkidle" });
        const file = `${outDir}/${fileStem(pagePath)}-${size.width}x${size.height}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        await page.close();
        console.log(`  ${pagePath} ${size.width}×${size.height} ${colorScheme} → ${file.slice(root.length)}`);
      }
    }
  }
} finally {
  await browser?.close();
  server.stop();
}
