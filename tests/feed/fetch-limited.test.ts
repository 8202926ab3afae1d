import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, USER_AGENT, fetchLimited, type FetchLimits } from "@/lib/feed/fetch-limited";
import { startFeedServer } from "./helpers/feed-server";

const LIMITS: FetchLimits = {
  timeoutMs: 2_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  retries: 2,
  backoffMs: 10,
};
let server: Awaited<ReturnType<typeof startFeedServer>>;
let streamed = 0;

beforeAll(async () => {
  server = await startFeedServer({
    "/ok": { body: "hello", type: "text/plain", etag: '"v1"' },
    "/loop-a": (_, res) => void res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_, res) => void res.writeHead(301, { location: "/loop-a" }).end(),
    "/hop1": (_, res) => void res.writeHead(302, { location: "/hop2" }).end(),
    "/hop2": (_, res) => void res.writeHead(307, { location: "/hop3" }).end(),
    "/hop3": (_, res) => void res.writeHead(308, { location: "/hop4" }).end(),
    "/hop4": (_, res) => void res.writeHead(302, { location: "/ok" }).end(),
    "/to-file": (_, res) => void res.writeHead(302, { location: "file:///etc/passwd" }).end(),
    "/silent": () => undefined,
    "/flaky": (req, res) => {
      const n = server.count("/flaky");
      if (n < 3) res.writeHead(503).end();
      else res.writeHead(200, { "content-type": "text/plain" }).end("third time");
    },
    "/down": (_, res) => void res.writeHead(500).end(),
    "/huge": (_, res) => {
      // 100 MB, written as fast as the client reads it, with no Content-Length.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const write = () => {
        while (streamed < 100 * 1024 * 1024) {
          streamed += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      res.on("close", () => undefined);
      write();
    },
    "/declared-huge": (_, res) =>
      void res.writeHead(200, { "content-length": String(100 * 1024 * 1024) }).write("x"),
  });
});
afterAll(() => server.close());

const failure = async (path: string, limits = LIMITS) => {
  const error = await fetchLimited(`${server.base}${path}`, { accept: "*/*", limits }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return (error as FetchError).message;
};

describe("fetchLimited", () => {
  it("gets a file with its validators and names the project in its User-Agent", async () => {
    const got = await fetchLimited(`${server.base}/ok`, { accept: "*/*", limits: LIMITS });
    expect(got).toMatchObject({ status: 200, contentType: "text/plain", etag: '"v1"' });
    expect(got.status === 200 && new TextDecoder().decode(got.bytes)).toBe("hello");
    expect(server.seen.at(-1)?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^EpisodeExplorer\//);
  });

  it("asks conditionally and returns 304 without a body", async () => {
    const got = await fetchLimited(`${server.base}/ok`, {
      accept: "*/*",
      conditional: { etag: '"v1"' },
      limits: LIMITS,
    });
    expect(got.status).toBe(304);
    expect(server.seen.at(-1)).toMatchObject({ ifNoneMatch: '"v1"', status: 304 });
  });

  it("follows redirects up to the limit, and refuses one more", async () => {
    expect((await fetchLimited(`${server.base}/hop2`, { accept: "*/*", limits: LIMITS })).status).toBe(200);
    expect(await failure("/hop1")).toBe(`${server.base}/hop1: more than 3 redirects`);
  });

  it("detects a redirect loop", async () => {
    expect(await failure("/loop-a")).toBe(
      `${server.base}/loop-a: redirect loop (${server.base}/loop-a → ${server.base}/loop-b → ${server.base}/loop-a)`,
    );
  });

  it("refuses a redirect to a file: URL, and file:, javascript: and data: URLs themselves", async () => {
    expect(await failure("/to-file")).toBe(
      `${server.base}/to-file: only http(s) URLs are fetched, not file: ("file:///etc/passwd")`,
    );
    for (const url of ["file:///etc/passwd", "javascript:alert(1)", "data:text/plain,hi"]) {
      await expect(fetchLimited(url, { accept: "*/*", limits: LIMITS })).rejects.toThrow(
        /only http\(s\) URLs are fetched/,
      );
    }
  });

  it("gives up on a server that never answers after the timeout and its retries, with backoff", async () => {
    const started = performance.now();
    const limits = { ...LIMITS, timeoutMs: 300, retries: 1, backoffMs: 100 };
    expect(await failure("/silent", limits)).toBe(
      `${server.base}/silent: no complete answer within 0.3 s (2 attempts)`,
    );
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(650);
    expect(ms).toBeLessThan(3_000);
    expect(server.count("/silent")).toBe(2);
  });

  it("retries a 5xx a bounded number of times", async () => {
    const got = await fetchLimited(`${server.base}/flaky`, { accept: "*/*", limits: LIMITS });
    expect(got.status).toBe(200);
    expect(server.count("/flaky")).toBe(3);
    expect(await failure("/down")).toBe(`${server.base}/down: HTTP 500 Internal Server Error (3 attempts)`);
    expect(server.count("/down")).toBe(3);
  });

  it("does not retry a 404", async () => {
    expect(await failure("/missing")).toBe(`${server.base}/missing: HTTP 404 Not Found`);
    expect(server.count("/missing")).toBe(1);
  });

  it("stops reading a 100 MB body at the cap, without buffering it", async () => {
    const started = performance.now();
    const heap = process.memoryUsage().arrayBuffers;
    expect(await failure("/huge")).toBe(`${server.base}/huge: larger than the 1 MB limit; stopped reading`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().arrayBuffers - heap).toBeLessThan(50 * 1024 * 1024);
    expect(streamed).toBeLessThan(20 * 1024 * 1024);
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    expect(await failure("/declared-huge")).toBe(
      `${server.base}/declared-huge: 100 MB is over the 1 MB limit; not downloaded`,
    );
  });
});

describe("fetchLimited and the private network", () => {
  it("refuses a private address when told to, before asking it anything, and says why", async () => {
    const before = server.count("/ok");
    const error = await fetchLimited(`${server.base}/ok`, {
      accept: "*/*",
      limits: { ...LIMITS, privateNetwork: "refused" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe(
      `${server.base}/ok: 127.0.0.1 is an address of a private network; a feed from the internet may not reach into it`,
    );
    expect(server.count("/ok")).toBe(before);
  });

  it("refuses a name that answers a public address to the check and a private one to the connection", async () => {
    // DNS rebinding: the first answer is public, every later one the loopback of this machine.
    const asked: string[] = [];
    const resolveHost = async (host: string) => {
      asked.push(host);
      return asked.length === 1 ? ["93.184.215.14"] : ["127.0.0.1"];
    };
    const url = `${server.base.replace("127.0.0.1", "rebind.test")}/ok`;
    const before = server.count("/ok");
    const error = await fetchLimited(url, {
      accept: "*/*",
      limits: { ...LIMITS, retries: 0, privateNetwork: "refused", resolveHost },
    }).catch((e: unknown) => e);
    expect((error as FetchError).message).toBe(
      `${url}: 127.0.0.1 is an address of a private network; a feed from the internet may not reach into it`,
    );
    expect((error as FetchError).retriable).toBe(false);
    expect(asked).toEqual(["rebind.test", "rebind.test"]);
    expect(server.count("/ok")).toBe(before);
  });
});
