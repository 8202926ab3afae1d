// `npm run export`: a static copy of the site (every page and export file) in `out/`, for any CDN
// or object store. It serves the production build locally and saves what a visitor can reach:
// pages (as `path.html`), linked files, `_next/static`, `public/`, the 404 page, and a
// `serve.json` with the security headers for `npx serve out`. The library search becomes a
// Pagefind index in `pagefind/`, which the saved `/search` page queries in the browser
// (components/search/static-search-island.tsx). Pages that need the Node server (quote cards)
// are left out and listed. It refuses to run without `SITE_URL`, the public origin the copy will
// be served at (its share previews and sitemap need it).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { register } from "tsx/esm/api";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { stage } from "./lib/run.mjs";
import { ensureSiteBuilt, startServer, waitForServer } from "./lib/site.mjs";

const root = new URL("../", import.meta.url).pathname;
const outDir = path.resolve(root, process.env.EXPORT_DIR ?? "out");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const port = Number(process.env.EXPORT_PORT ?? 3250);
const base = `http://127.0.0.1:${port}`;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Routes rendered per request: they need `npm start`. (`/search` is saved without a query.) */
const SERVER_ONLY = [/^\/search\//, /\/quote-card$/];
/** Pagefind's ready-made search UIs: the copy has its own (static-search-island.tsx). */
const PAGEFIND_UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** The library search of the copy: every built episode into Pagefind's index, with progress. */
async function writeSearchIndex(into) {
  stage(`index the library for the static search into ${path.relative(root, into) || into}`);
  const { writePagefindIndex } = await import("./lib/write-pagefind-index.ts");
  const episodesDir = path.resolve(root, process.env.EPISODES_DIR ?? "content/episodes");
  let reported = 0;
  try {
    const stats = await writePagefindIndex(episodesDir, into, (done, total) => {
      // About ten lines for any library size, and the last one.
      if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
        reported = done;
        console.log(`  ${done}/${total} episodes indexed`);
      }
    });
    for (const file of readdirSync(into)) if (PAGEFIND_UNUSED.test(file)) rmSync(path.join(into, file));
    const mb = (stats.bytes / 1e6).toFixed(1);
    console.log(
      `search index: ${stats.records} records of ${stats.episodes} episodes, ${stats.files} files, ${mb} MB, ${stats.seconds} s`,
    );
  } catch (error) {
    console.error(`npm run export: the search index could not be written: ${error.message}`);
    process.exitCode = 1;
  }
}

await ensureDeps();
// Checked before anything is built or written: a copy without its public address would carry
// share previews, a sitemap and chapter links that point nowhere.
register();
const { requirePublicOrigin } = await import("../lib/export/site-origin.ts");
let origin;
try {
  origin = requirePublicOrigin(process.env.SITE_URL);
} catch (error) {
  console.error(`npm run export: ${error.message}`);
  process.exit(1);
}
if (!process.env.EXPORT_SKIP_BUILD) await ensureSiteBuilt(distDir);
stage(`export static site to ${path.relative(root, outDir) || outDir}`);
// It answers no search, so it leaves the library's embedded database to a server that may have it open.
// STATIC_COPY: the saved /search page searches the copy's index itself (lib/export/static-copy.ts).
const server = startServer(port, { stdio: "ignore", searchWarmUp: false, env: { STATIC_COPY: "1" } });
try {
  await waitForServer(`${base}/`);
  // The build must have been made for this origin (it is fixed at build time): robots.txt names
  // the sitemap at the origin the build knows, or none.
  const robots = await (await fetch(`${base}/robots.txt`)).text();
  const built = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots)?.[1];
  if (built !== origin) {
    console.error(
      `npm run export: the build in ${distDir} was made for ${built ? `SITE_URL=${built}` : "no SITE_URL"}, not ${origin}: rebuild it with SITE_URL=${origin} (or run without EXPORT_SKIP_BUILD)`,
    );
    server.stop();
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const seen = new Set();
  // `/search` is reached by the header's form, not a link.
  // `/feed.xml` is linked from every page's head too (show feeds from their show's page).
  // `/clips/index.json` is read by the 404 page, to open a clip that was never saved.
  const queue = ["/", "/sitemap.xml", "/robots.txt", "/search", "/feed.xml", "/clips/index.json"];
  const skipped = new Set();
  let saved = 0;
  // Files a static server cannot type from their name (no extension) keep their type.
  const typed = [];
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    if (SERVER_ONLY.some((re) => re.test(url))) {
      skipped.add(url);
      continue;
    }
    const response = await fetch(base + url);
    if (!response.ok) continue;
    const type = response.headers.get("content-type") ?? "";
    const body = Buffer.from(await response.arrayBuffer());
    const isPage = type.startsWith("text/html");
    // A page whose URL already names an HTML file (`transcript.podcast.html`) keeps that name.
    const file =
      !isPage || url.endsWith(".html") ? url.slice(1) : url === "/" ? "index.html" : `${url.slice(1)}.html`;
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), body);
    saved++;
    // Feeds too: a static server would call `feed.xml` application/xml, not RSS.
    if ((!isPage && !/\.[a-z0-9]+$/i.test(url)) || url.endsWith("/feed.xml"))
      typed.push({ source: url, headers: [{ key: "Content-Type", value: type }] });
    const text = isPage || type.includes("xml") ? body.toString("utf8") : "";
    // Same-site links, sitemap entries and absolute metadata URLs (Open Graph images).
    const links = [
      ...text.matchAll(
        new RegExp(
          `(?:href|src|content)="(?:${escapeRegExp(origin)})?(\\/[^"#]*)"|<loc>${escapeRegExp(origin)}(\\/[^<]*)<\\/loc>`,
          "g",
        ),
      ),
    ].map((m) => (m[1] ?? m[2] ?? "").replace(/&amp;/g, "&").split("?")[0]);
    // The search index is fetched by script, not linked.
    if (isPage && /^\/episodes\/[^/]+$/.test(url))
      links.push(`${url}/search-index.json`, `${url}/word-starts.json`);
    for (const link of links) if (link && !link.startsWith("/_next/") && !seen.has(link)) queue.push(link);
  }
  const notFound = await fetch(`${base}/__static-export-404__`);
  writeFileSync(path.join(outDir, "404.html"), Buffer.from(await notFound.arrayBuffer()));
  cpSync(path.join(root, distDir, "static"), path.join(outDir, "_next/static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), outDir, { recursive: true });
  // The same security headers the Node server sends, read off its response.
  const live = (await fetch(`${base}/`)).headers;
  const names = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "x-frame-options",
  ];
  const headers = names.flatMap((key) => (live.get(key) ? [{ key, value: live.get(key) }] : []));
  // The copy's search page runs Pagefind's WebAssembly (in its worker, whose policy is that of
  // the worker's script): there, and only there, the policy allows compiling WebAssembly
  // ('wasm-unsafe-eval' allows no eval). Later rules replace a header of earlier ones.
  const csp = live.get("content-security-policy");
  const wasm = csp
    ? ["search.html", "pagefind/**"].map((source) => ({
        source,
        headers: [
          {
            key: "content-security-policy",
            value: csp.replace(/script-src /, "script-src 'wasm-unsafe-eval' "),
          },
        ],
      }))
    : [];
  writeFileSync(
    path.join(outDir, "serve.json"),
    JSON.stringify({ cleanUrls: true, headers: [{ source: "**", headers }, ...wasm, ...typed] }, null, 2) +
      "\n",
  );
  console.log(`saved ${saved} files, _next/static and public/ into ${outDir}`);
  await writeSearchIndex(path.join(outDir, "pagefind"));
  if (skipped.size) console.log(`left out (need the Node server): ${[...skipped].join(", ")}`);
} finally {
  server.stop();
}
