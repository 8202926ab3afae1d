import { describe, expect, it } from "vitest";
import { waitForServerGone } from "../../scripts/lib/site.mjs";
import { listenLocal } from "./listen-local";

const listen = () => listenLocal((_req, res) => res.end("old server"));

describe("waitForServerGone (bench: the next measurement never reaches the last server)", () => {
  it("waits while the stopped server still answers, and resolves once its port is free", async () => {
    const { server, url } = await listen();
    let closedAt = 0;
    setTimeout(() => server.close(() => (closedAt = Date.now())), 600);
    server.closeIdleConnections();
    await waitForServerGone(url, 10_000);
    expect(closedAt).toBeGreaterThan(0);
  }, 15_000);

  it("gives up with the address when the server never goes", async () => {
    const { server, url } = await listen();
    try {
      await expect(waitForServerGone(url, 700)).rejects.toThrow(`server at ${url} still answers`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 10_000);
});
