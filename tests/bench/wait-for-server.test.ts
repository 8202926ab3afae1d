import http from "node:http";
import { describe, expect, it } from "vitest";
import { waitForServer } from "../../scripts/lib/site.mjs";
import { listenLocal } from "./listen-local";

/** A server that answers 503 to its first `busy` requests, then 200. */
function listen(busy: number) {
  let asked = 0;
  return listenLocal((_req, res) => {
    res.statusCode = ++asked <= busy ? 503 : 200;
    res.end("x".repeat(100_000));
  });
}

const openConnections = (server: http.Server) =>
  new Promise<number>((resolve, reject) => server.getConnections((error, n) => (error ? reject(error) : resolve(n))));

describe("waitForServer (the scripts' wait for a server they started)", () => {
  it("GOOD: waits through answers other than 200, resolves on 200, and leaves no connection open", async () => {
    const { server, url } = await listen(2);
    try {
      await waitForServer(url, 10_000);
      await new Promise((r) => setTimeout(r, 100));
      expect(await openConnections(server)).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 15_000);

  it("BAD: a server that never answers 200: rejects with the address", async () => {
    const { server, url } = await listen(Infinity);
    try {
      await expect(waitForServer(url, 700)).rejects.toThrow(`server at ${url} did not start within 700 ms`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 10_000);
});
