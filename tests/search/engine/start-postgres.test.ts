// The throwaway server of the tests and the bench (scripts/lib/postgres.mjs). Here, among the
// engine's tests, because their run is the one that has PostgreSQL installed (npm test).
import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freePort } from "../../../scripts/lib/free-port.mjs";
import { startPostgres } from "../../../scripts/lib/postgres.mjs";

// Ports the next calls of freePort answer (a port taken between the probe and the server's
// start, as another program can), before the system's own free ones.
const answered = vi.hoisted(() => [] as number[]);
vi.mock("../../../scripts/lib/free-port.mjs", async (actual) => {
  const real = (await actual<typeof import("../../../scripts/lib/free-port.mjs")>()).freePort;
  return { freePort: async () => answered.shift() ?? (await real()) };
});

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function answers(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

/** Listens on a loopback port, as another program would; resolves to the port. */
async function holdPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

describe("startPostgres", () => {
  it("without a port, starts on one nothing listens on, and two run side by side", async () => {
    const held = await holdPort();
    const [a, b] = await Promise.all([startPostgres(), startPostgres()]);
    stops.push(a.stop, b.stop);
    expect(a.port).not.toBe(b.port);
    expect([a.port, b.port]).not.toContain(held);
    expect(a.url).toBe(`postgres://postgres@127.0.0.1:${a.port}/postgres`);
    expect(await answers(a.url)).toBe(1);
    expect(await answers(b.url)).toBe(1);
  });

  it("without a port, tries another when the one found free is taken before the server starts", async () => {
    const held = await holdPort();
    answered.push(held);
    const server = await startPostgres();
    stops.push(server.stop);
    expect(server.port).not.toBe(held);
    expect(await answers(server.url)).toBe(1);
  });

  it("without a port, gives up after three taken ones, saying which port", async () => {
    const held = await holdPort();
    answered.push(held, held, held);
    await expect(startPostgres()).rejects.toThrow(`PostgreSQL did not start on port ${held}`);
    expect(answered).toEqual([]);
  });

  it("on a port given and already taken, fails saying which port, and tries no other", async () => {
    const held = await holdPort();
    await expect(startPostgres({ port: held })).rejects.toThrow(`PostgreSQL did not start on port ${held}`);
  });

  it("on a port given and free, listens there", async () => {
    const port = await freePort();
    const server = await startPostgres({ port });
    stops.push(server.stop);
    expect(server.port).toBe(port);
    expect(await answers(`postgres://postgres@127.0.0.1:${port}/postgres`)).toBe(1);
  });
});
