import { describe, expect, it } from "vitest";
import { findPrivateAddress, isPrivateAddress, type HostResolver } from "@/lib/feed/private-network";
import { privateNetworkFor } from "@/lib/cli/load-feed";

describe("isPrivateAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.31.255.255", true],
    ["172.32.0.1", false],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["8.8.8.8", false],
    ["93.184.216.34", false],
    ["::1", true],
    ["::", true],
    ["fe80::1", true],
    ["fd12:3456::1", true],
    ["::ffff:10.0.0.1", true],
    ["::ffff:8.8.8.8", false],
    ["2001:4860:4860::8888", false],
    ["not an address", false],
  ])("%s → %s", (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

const names: Record<string, string[]> = {
  "cdn.example": ["93.184.216.34", "2606:2800:220:1::"],
  "sneaky.example": ["93.184.216.34", "10.0.0.7"],
};
const resolve: HostResolver = async (host) => {
  const addresses = names[host];
  if (!addresses) throw new Error(`ENOTFOUND ${host}`);
  return addresses;
};

describe("findPrivateAddress", () => {
  it("names the private address a host is or resolves to", async () => {
    expect(await findPrivateAddress("https://cdn.example/a.vtt", resolve)).toBeUndefined();
    expect(await findPrivateAddress("https://sneaky.example/a.vtt", resolve)).toBe("10.0.0.7");
    expect(await findPrivateAddress("http://169.254.169.254/latest/meta-data/", resolve)).toBe(
      "169.254.169.254",
    );
    expect(await findPrivateAddress("http://[::1]:8080/x", resolve)).toBe("::1");
    // A name that does not resolve is no address: the request itself fails and says so.
    expect(await findPrivateAddress("https://nowhere.example/x", resolve)).toBeUndefined();
  });
});

describe("privateNetworkFor", () => {
  it("lets a feed served on the private network (or a file) reach it, and no feed from the internet", async () => {
    expect(await privateNetworkFor("http://127.0.0.1:8080/feed.xml", resolve)).toBe("allowed");
    expect(await privateNetworkFor("./feeds/show.xml", resolve)).toBe("allowed");
    expect(await privateNetworkFor("https://cdn.example/feed.xml", resolve)).toBe("refused");
    expect(await privateNetworkFor("https://sneaky.example/feed.xml", resolve)).toBe("allowed");
    expect(await privateNetworkFor("http://[broken/feed.xml", resolve)).toBe("refused");
  });

  it("BAD: a feed URL that is not http(s) is refused the network without a name lookup (its host is empty)", async () => {
    const asked: string[] = [];
    const spy: HostResolver = async (host) => (asked.push(host), ["127.0.0.1"]);
    for (const url of [
      "file:///etc/passwd",
      "javascript:alert(1)",
      "data:application/rss+xml,<rss/>",
      "ftp://files.example/feed.xml",
    ])
      expect(await privateNetworkFor(url, spy)).toBe("refused");
    expect(asked).toEqual([]);
    expect(await findPrivateAddress("file:///etc/passwd", spy)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
