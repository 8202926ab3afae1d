import type { LookupAddress, LookupOptions } from "node:dns";
import { isIP } from "node:net";
import { Agent } from "undici";
import { isPrivateAddress, resolveWithDns, type HostResolver } from "./private-network";

/** A connection refused because its host resolved to `address`, of a private network. */
export class PrivateAddressError extends Error {
  constructor(readonly address: string) {
    super(`${address} is an address of a private network`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * An HTTP dispatcher (undici's Agent) for what a feed from the internet names: each connection
 * resolves its host once and is refused (PrivateAddressError) when any address is of a private
 * network (private-network.ts). A check before the request is not enough: it resolves the name on
 * its own, and a name can answer a public address to the check and a private one to the
 * connection a moment later (DNS rebinding). Here the addresses checked are the ones connected to.
 * An IP address in the URL is not looked up: fetch-limited.ts checks it before asking.
 */
export function createPublicOnlyAgent(resolve: HostResolver = resolveWithDns): Agent {
  return new Agent({ connect: { lookup: lookupPublicOnly(resolve) } });
}

const agents = new WeakMap<HostResolver, Agent>();

/**
 * The one public-only agent of `resolve` (createPublicOnlyAgent), kept so that the downloads of
 * a feed reuse its connections to a host as fetch's own pool did. Idle connections do not keep
 * the process alive (undici unreferences them).
 */
export function getPublicOnlyAgent(resolve: HostResolver = resolveWithDns): Agent {
  const agent = agents.get(resolve) ?? createPublicOnlyAgent(resolve);
  agents.set(resolve, agent);
  return agent;
}

/**
 * The `lookup` of net.connect for createPublicOnlyAgent: `resolve`'s addresses, all of them
 * (`options.all`, as Node's happy eyeballs asks) or the first, or a PrivateAddressError.
 */
export function lookupPublicOnly(resolve: HostResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        const blocked = addresses.find(isPrivateAddress);
        if (blocked !== undefined) return callback(new PrivateAddressError(blocked), []);
        const found = addresses.map((address) => ({ address, family: isIP(address) }));
        const [first] = found;
        if (!first)
          return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
        if (options.all) callback(null, found);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}
