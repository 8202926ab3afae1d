// A bare Node HTTP server that answers every request with one file's bytes: the load
// benchmark's reference for what the load generator itself can take on this machine.
// Usage: node bare-server.mjs <file> <port> <content-type>
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port, type = "text/html; charset=utf-8"] = process.argv.slice(2);
const body = readFileSync(file);
http
  .createServer((_req, res) => {
    res.writeHead(200, { "content-type": type, "content-length": body.length });
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
