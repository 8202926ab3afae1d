import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Whether a feed may make the client reach into a private network. A feed is written by others:
 * one read from the internet could name `http://169.254.169.254/…` (a cloud's metadata service)
 * or a router's page as a transcript, and the client would fetch it from inside the reader's
 * network. So a public feed may only reach public addresses; a feed the reader serves on their
 * own network (or a file of theirs) may reach that network.
 */

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

/** True for a loopback, private, link-local or shared address (IPv4, IPv6, IPv4-mapped IPv6). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A host's addresses. Injectable, so tests can give a name a public address without a network. */
export type HostResolver = (host: string) => Promise<string[]>;

export const resolveWithDns: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The first private address the URL's host is or resolves to; undefined for a public host, and
 * for a name that does not resolve (the request itself then fails and says so).
 */
export async function findPrivateAddress(url: string, resolve: HostResolver = resolveWithDns) {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/u, "$1");
  if (!host) return undefined; // file:, data:… name no host (Node's dns would take "" as one)
  if (isIP(host) !== 0) return isPrivateAddress(host) ? host : undefined;
  const addresses = await resolve(host).catch(() => [] as string[]);
  return addresses.find(isPrivateAddress);
}
