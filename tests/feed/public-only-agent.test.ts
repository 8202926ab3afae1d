import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createPublicOnlyAgent,
  getPublicOnlyAgent,
  lookupPublicOnly,
  PrivateAddressError,
} from "@/lib/feed/public-only-agent";
import { startFeedServer } from "./helpers/feed-server";

// The loopback server stands in for a public host: this module's view of "private" is faked.
const isPrivate = vi.hoisted(() => ({ loopback: true }));
vi.mock("@/lib/feed/private-network", async (original) => {
  const real = await original<typeof import("@/lib/feed/private-network")>();
  return {
    ...real,
    isPrivateAddress: (a: string) => (a === "127.0.0.1" ? isPrivate.loopback : real.isPrivateAddress(a)),
  };
});

let server: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  server = await startFeedServer({ "/ok": { body: "hello", type: "text/plain" } });
});
afterAll(() => server.close());

const lookup = (addresses: string[], all: boolean) =>
  new Promise<unknown[]>((resolve) =>
    lookupPublicOnly(async () => addresses)("feeds.test", { all }, (...args) => resolve(args)),
  );

describe("lookupPublicOnly", () => {
  it("answers every address when asked for all, else the first with its family", async () => {
    isPrivate.loopback = false;
    expect(await lookup(["93.184.215.14", "2606:2800:21f:cb07::1"], true)).toEqual([
      null,
      [
        { address: "93.184.215.14", family: 4 },
        { address: "2606:2800:21f:cb07::1", family: 6 },
      ],
    ]);
    expect(await lookup(["2606:2800:21f:cb07::1"], false)).toEqual([null, "2606:2800:21f:cb07::1", 6]);
  });

  it("refuses a name with any private address, and says when a name has none", async () => {
    const [error] = await lookup(["93.184.215.14", "10.0.0.7"], true);
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect((error as PrivateAddressError).address).toBe("10.0.0.7");
    const [none] = await lookup([], false);
    expect(none).toMatchObject({ code: "ENOTFOUND", message: "feeds.test has no address" });
  });
});

describe("createPublicOnlyAgent", () => {
  it("connects to the address its resolver gave, a name the system does not know", async () => {
    isPrivate.loopback = false;
    const agent = createPublicOnlyAgent(async () => ["127.0.0.1"]);
    const url = `${server.base.replace("127.0.0.1", "feeds.test")}/ok`;
    const response = await fetch(url, { dispatcher: agent } as RequestInit);
    expect(await response.text()).toBe("hello");
    await agent.close();
  });

  it("never connects when the address is private", async () => {
    isPrivate.loopback = true;
    const agent = createPublicOnlyAgent(async () => ["127.0.0.1"]);
    const before = server.count("/ok");
    const error = await fetch(`${server.base.replace("127.0.0.1", "feeds.test")}/ok`, {
      dispatcher: agent,
    } as RequestInit).catch((e: unknown) => e);
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(PrivateAddressError);
    expect(server.count("/ok")).toBe(before);
    await agent.close();
  });

  it("is one agent per resolver, so a feed's downloads share connections", () => {
    const resolve = async () => ["93.184.215.14"];
    expect(getPublicOnlyAgent(resolve)).toBe(getPublicOnlyAgent(resolve));
    expect(getPublicOnlyAgent(resolve)).not.toBe(getPublicOnlyAgent(async () => []));
    expect(getPublicOnlyAgent()).toBe(getPublicOnlyAgent());
  });
});
