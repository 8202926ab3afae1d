import type { NextConfig } from "next";
import { siteOrigin } from "./lib/export/site-origin";
import { securityHeaders } from "./lib/security/security-headers";

// Validated once, here, so a bad SITE_URL stops `next build` (and plain `next start`) with its
// reason. scripts/serve.mjs starts from the config as built, with the origin validated then.
const origin = siteOrigin();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Compression stays on for plain `next start`; scripts/serve.mjs turns it off when it starts
  // from this config as built (scripts/lib/built-next-config.mjs) and compresses itself, after it
  // has rewritten each page's head.
  // Types are checked once, by `tsc --noEmit` (the first step of `npm test` and of `npm run build`),
  // not again inside every site build: next build ran the same check beside its compiler, 0.58 GiB
  // more at the build's peak on this 2-core machine, for nothing new to a user who runs
  // `npm start` on code that `npm test` already checked.
  typescript: { ignoreBuildErrors: true },
  // The search engines load at run time from node_modules as they are: PGlite reads its WASM and
  // data files next to its own module, which bundling would move.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // The origin the site was built for goes into the server bundle: prerendered pages carry it, so
  // pages rendered on request (quote links) must use the same one, whatever `next start` is given.
  env: { SITE_URL: origin ?? "" },
  // Metadata comes from the in-memory model, at once: every client gets it in <head>, so unfurlers
  // missing from Next's bot list (Mastodon, Telegram…) see quote previews too.
  htmlLimitedBots: /.*/,
  // Episode pages and files are made on their first request and cached (they are not prerendered:
  // the site build does not depend on the library). In memory only (cacheMaxMemorySize, 50 MB by
  // default, least recently used first): a restart after a content build serves the new model at
  // once instead of pages a disk cache kept from the old one.
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
  async rewrites() {
    // A link to a moment or a range unfurls with its quote card: a page load of it is rendered per
    // request by `moment/page.tsx` (about 0.15 s here), so the plain episode page stays
    // prerendered. In-app navigations (React Server Component requests, `rsc` header) need no
    // preview and keep the prerendered page: the visible page and its <title> are the same.
    return {
      beforeFiles: [
        {
          source: "/episodes/:slug",
          has: [{ type: "query", key: "t" }],
          missing: [{ type: "header", key: "rsc" }],
          destination: "/episodes/:slug/moment",
        },
        // A clip with its maker's title, likewise: the plain clip page stays cached.
        {
          source: "/clips/:id",
          has: [{ type: "query", key: "title" }],
          missing: [{ type: "header", key: "rsc" }],
          destination: "/clips/:id/titled",
        },
      ],
    };
  },
};

export default nextConfig;
