// The static copy served for the bench: its files, and an empty page in its language to run
// Pagefind in (bench-static-search.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";

/** A plain file server for the copy, and an empty page in its language to run Pagefind in. */
export function serveCopy(dir: string, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    if (url === "/__bench__") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end('<!doctype html><html lang="en"><title>bench</title></html>');
    }
    const file = path.join(dir, path.normalize(url));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "content-type": type });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
