// The throwaway server of the tests and the bench (scripts/lib/postgres.mjs). Here, among the
// engine's tests, because their run is the one that has PostgreSQL installed (npm test).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freePort } from "../../../scripts/lib/free-port.mjs";
import { startPostgres, stopServerOf } from "../../../scripts/lib/postgres.mjs";

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

const POSTGRES_MODULE = path.resolve("scripts/lib/postgres.mjs");

/**
 * A Node process that starts a server and waits; `ownListener`: it also listens for SIGTERM
 * itself, as a test runner may, and says so on stdout (and goes on). Resolves to the process,
 * its lines so far, and the server it started (its URL and data directory).
 */
async function startInChild(ownListener: boolean) {
  const script = `
    import { startPostgres } from ${JSON.stringify(POSTGRES_MODULE)};
    ${ownListener ? 'process.on("SIGTERM", () => console.log("own listener"));' : ""}
    const { url, dataDir } = await startPostgres();
    console.log(JSON.stringify({ url, dataDir }));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const lines: string[] = [];
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    lines.splice(0, lines.length, ...out.split("\n").filter(Boolean));
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => lines[0] && resolve(lines[0]));
    child.on("exit", () => reject(new Error(`the child exited before its server started: ${out}`)));
  });
  const server = JSON.parse(line) as { url: string; dataDir: string };
  // Should the stop under test fail, the server is stopped here all the same.
  stops.push(() => stopServerOf(server.dataDir, { mode: "immediate" }));
  stops.push(() => child.kill("SIGKILL"));
  return { child, exited, lines, ...server };
}

async function refuses(url: string): Promise<boolean> {
  return answers(url).then(
    () => false,
    () => true,
  );
}

describe("startPostgres, in a process ended by a signal", () => {
  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)(
    "GOOD: %s stops the server and removes its folder, and the process ends by the signal",
    async (signal) => {
      const started = await startInChild(false);
      expect(await answers(started.url)).toBe(1);
      started.child.kill(signal);
      expect(await started.exited).toEqual({ code: null, signal });
      expect(await refuses(started.url)).toBe(true);
      expect(existsSync(path.dirname(started.dataDir))).toBe(false);
    },
  );

  it("GOOD: with a listener of its own for the signal, the server stops and the process goes on", async () => {
    const started = await startInChild(true);
    started.child.kill("SIGTERM");
    await expect.poll(() => started.lines.includes("own listener")).toBe(true);
    // The stop ends with the folder's removal (the server refuses connections while it shuts down).
    await expect.poll(() => existsSync(path.dirname(started.dataDir))).toBe(false);
    expect(await refuses(started.url)).toBe(true);
    // Its listener decides: the signal was not raised again over it.
    expect([started.child.exitCode, started.child.signalCode]).toEqual([null, null]);
  });
});
