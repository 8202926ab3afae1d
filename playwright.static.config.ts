import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The end-to-end tests that need no Node server, against the static export served by a plain
// static file server. Tests tagged @server (request-time routes) are left out.
const port = Number(process.env.E2E_STATIC_PORT ?? 3160);
const dir = process.env.STATIC_DIR ?? "out";

export default defineConfig({
  ...base,
  testMatch: [
    "home.spec.ts",
    "episode-page.spec.ts",
    "deep-links.spec.ts",
    "sync-audio.spec.ts",
    "youtube-adapter.spec.ts",
  ],
  grepInvert: /@server/,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx -y serve@14.2.7 ${dir} -l tcp://127.0.0.1:${port} --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
