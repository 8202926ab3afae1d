// The production server: `next start`'s request handler, with the page's framework scripts loaded
// after its first paint (scripts/lib/defer-framework-scripts.mjs) and responses compressed here (Next's
// own compression would compress the HTML before it could be rewritten).
//
//   node scripts/serve.mjs [-p PORT] [-H HOST] [--no-search-warm-up]
//
// Same options and environment as `next start` (NEXT_DIST_DIR, EPISODES_DIR, SITE_URL…).
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { readBuiltNextConfig } from "./lib/built-next-config.mjs";

process.env.NODE_ENV = "production";

function fail(message, code) {
  console.error(`serve: ${message}`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
      "no-search-warm-up": { type: "boolean" },
    },
  }));
} catch (error) {
  fail(`${error.message}. Usage: node scripts/serve.mjs [-p PORT] [-H HOST] [--no-search-warm-up]`, 2);
}
const portText = values.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535)
  fail(`the port must be a number from 0 to 65535, not "${portText}"`, 2);
const hostname = values.hostname;

// The port is taken first, so a busy one is said at once; requests wait until Next is ready.
let handle;
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
const server = http.createServer((req, res) => {
  ready.then(() => handle(req, res));
});
server.on("error", (error) => {
  if (error.code === "EADDRINUSE")
    fail(`port ${port} is in use: stop what serves it, or set PORT to another`, 1);
  if (error.code === "EACCES") fail(`no permission to listen on port ${port}: use one above 1023`, 1);
  fail(error.message, 1);
});
await new Promise((resolve) => server.listen(port, hostname, resolve));

/*
 * instrumentation.ts starts opening the library search as Next starts: the embedded database (or
 * the first connections to DATABASE_URL) takes the first search of a 1,000-hour library from
 * ~0.1 s to 1.7–1.9 s otherwise. A server that nobody will search (`npm run export`'s) is started
 * with --no-search-warm-up: only one process may have the embedded database open
 * (lib/search/store/get-library-search.ts), and it must not take it from `npm start`'s server.
 */
if (values["no-search-warm-up"]) process.env.SEARCH_WARM_UP = "off";

// Next would read next.config.ts again here, and a TypeScript config means loading Next's SWC
// compiler into the server only to transpile it: 24 MB of native code resident, and what it
// allocates (with search warm at 1,000 hours: 379 MiB of RSS with it, 326 without). The build
// has already resolved the config; Next's own standalone server hands it over the same way.
const root = path.resolve(import.meta.dirname, "..");
try {
  const built = readBuiltNextConfig(path.resolve(root, process.env.NEXT_DIST_DIR || ".next"));
  if (built) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(built);
} catch (error) {
  fail(error.message, 1);
}

// The search database's thread (bin/search-worker.mjs) loads the `episodes` command's compiled
// copy, as the command's own threads do, instead of its TypeScript through tsx (~0.4 s more).
const [{ default: next }, { default: compression }, { deferHtmlResponse }, cli] = await Promise.all([
  import("next"),
  import("compression"),
  import("./lib/defer-html-response.mjs"),
  import("../bin/compiled-cli.mjs"),
]);
const compiled = await cli.compiledCli({ root });
if (compiled) process.env[cli.COMPILED_CLI_ENV] = compiled;
const app = next({
  dev: false,
  dir: root,
  hostname: hostname ?? "localhost",
  port,
});
const nextHandle = app.getRequestHandler();
await app.prepare().catch((error) => fail(error.message, 1));
const compress = compression();
handle = (req, res) =>
  compress(req, res, () => {
    // After compression's own patch, so the head is rewritten before it is compressed.
    deferHtmlResponse(res);
    nextHandle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

markReady();
console.log(`▲ Episode Explorer ready on http://${hostname ?? "localhost"}:${port}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
