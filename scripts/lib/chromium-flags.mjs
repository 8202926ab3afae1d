// Flags for Debian's Chromium on this closed network: without the background-networking ones it
// keeps trying, and failing, to reach Google's hosts. Shared by Playwright, Lighthouse and benches.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
