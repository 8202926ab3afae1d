// The production server: `next start`'s request handler, with the page's framework scripts loaded
// after its first paint (lib/defer-framework-scripts.mjs) and responses compressed here (Next's
// own compression would compress the HTML before it could be rewritten).
//
//   node scripts/serve.mjs [-p PORT] [-H HOST]
//
// Same options and environment as `next start` (NEXT_DIST_DIR, EPISODES_DIR, SITE_URL…).
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
// Read by next.config.ts: Next leaves compression to this server.
process.env.EXPLORER_SERVER = "1";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: the port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
const hostname = values.hostname;

const [{ default: next }, { default: compression }, { deferHtmlResponse }] = await Promise.all([
  import("next"),
  import("compression"),
  import("./lib/defer-html-response.mjs"),
]);

const dir = path.resolve(import.meta.dirname, "..");
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const compress = compression();

const server = http.createServer((req, res) => {
  compress(req, res, () => {
    // After compression's own patch, so the head is rewritten before it is compressed.
    deferHtmlResponse(res);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});
server.listen(port, hostname, () => {
  console.log(`▲ Episode Explorer ready on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
