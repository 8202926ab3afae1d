import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { deferFrameworkScripts } from "../../scripts/lib/defer-framework-scripts.mjs";
import { deferHtmlResponse } from "../../scripts/lib/defer-html-response.mjs";

const HEAD =
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/react-1.js" async=""></script><title>É</title></head>';
const BODY = "<body><p>Ünïcödé – “quotes” 🎧 and a long transcript</p></body></html>";

let server: http.Server | undefined;
afterEach(() => server?.close());

/** Serves `respond` behind deferHtmlResponse; returns the response as the client reads it. */
async function fetchThrough(respond: (res: http.ServerResponse) => void) {
  server = http.createServer((_req, res) => {
    deferHtmlResponse(res);
    respond(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** Splits bytes at the given offsets. */
function pieces(bytes: Buffer, cuts: number[]): Buffer[] {
  const edges = [0, ...cuts, bytes.length];
  return edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));
}

describe("deferHtmlResponse", () => {
  it("rewrites the head of an HTML page written in pieces, cut inside `</head>` and inside characters", async () => {
    const page = Buffer.from(HEAD + BODY);
    const headEnd = page.indexOf("</head>");
    const emoji = page.indexOf(Buffer.from("🎧"));
    const parts = pieces(page, [10, headEnd + 3, emoji + 2]);
    let wrote = 0;
    const { response, body } = await fetchThrough((res) => {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(page.length),
      });
      for (const part of parts) res.write(part, () => wrote++);
      res.end();
    });
    expect(response.status).toBe(200);
    expect(body.toString("utf8")).toBe(deferFrameworkScripts(HEAD) + BODY);
    expect(body.toString("utf8")).not.toContain('<script src="/_next/static');
    // The declared length was the old body's: it is dropped, not sent wrong.
    expect(response.headers.get("content-length")).toBeNull();
    expect(wrote).toBe(parts.length);
  });

  it("still rewrites the head when the body starts with an empty write", async () => {
    const { body } = await fetchThrough((res) => {
      res.setHeader("content-type", "text/html");
      res.write("");
      res.write(HEAD);
      res.end(BODY);
    });
    expect(body.toString("utf8")).toBe(deferFrameworkScripts(HEAD) + BODY);
  });

  it("rewrites a page sent in one end() call, with headers set before", async () => {
    const { body } = await fetchThrough((res) => {
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Length", Buffer.byteLength(HEAD + BODY));
      res.end(HEAD + BODY);
    });
    expect(body.toString("utf8")).toBe(deferFrameworkScripts(HEAD) + BODY);
  });

  it("rewrites an HTML body that has no `</head>` as a whole when it ends", async () => {
    const fragment = '<script src="/_next/static/chunks/a.js" async=""></script><p>x</p>';
    const { body } = await fetchThrough((res) => {
      res.setHeader("content-type", "text/html");
      res.write(fragment);
      res.end();
    });
    expect(body.toString("utf8")).toBe(deferFrameworkScripts(fragment));
    expect(body.toString("utf8")).not.toBe(fragment);
  });

  it("passes other types through byte for byte, with their length", async () => {
    const json = JSON.stringify({ html: HEAD });
    const { response, body } = await fetchThrough((res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(json)),
      });
      res.end(json);
    });
    expect(body.toString("utf8")).toBe(json);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(json)));
  });

  it("sends an empty HTML response (a redirect, a HEAD-like answer) as it is", async () => {
    const { response, body } = await fetchThrough((res) => {
      res.writeHead(200, "OK", { "content-type": "text/html" });
      res.end();
    });
    expect(response.status).toBe(200);
    expect(body.length).toBe(0);
  });
});
