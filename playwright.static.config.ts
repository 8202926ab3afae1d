import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The end-to-end tests that need no Node server, against the static export served by a plain
// static file server. Tests tagged @server (request-time routes) are left out.
const port = Number(process.env.E2E_STATIC_PORT ?? 3160);
const dir = process.env.STATIC_DIR ?? "out";

export default defineConfig({
  ...base,
  // The site's specs that need no server, and the static copy's own (its search runs in the browser).
  testDir: "tests",
  testMatch: [
    /\/e2e\/(home|episode-page|deep-links|sync-audio|youtube-adapter|people)\.spec\.ts$/,
    /\/e2e-static\/[^/]+\.spec\.ts$/,
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
