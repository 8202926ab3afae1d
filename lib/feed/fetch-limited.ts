import type { Dispatcher } from "undici";
import { findPrivateAddress, type HostResolver } from "./private-network";
import { getPublicOnlyAgent, PrivateAddressError } from "./public-only-agent";
import { FetchError, readResponse, type FetchResult } from "./read-response";

export { FetchError, type FetchResult } from "./read-response";

/**
 * The feed client's one way onto the network: a GET that is bounded in every direction a server
 * could abuse — time, size, redirects, URL schemes, retries — and says what went wrong as one
 * line. Errors never carry a stack to the user.
 */

export interface FetchLimits {
  /** For one attempt, headers and body together. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Further attempts after a 5xx, a timeout or a network failure. */
  retries: number;
  /** Wait before the first retry; doubled for each later one. */
  backoffMs: number;
  /**
   * "refused": every URL, also after a redirect, must be of a public host (see private-network.ts);
   * `episodes feed` refuses the private network to a feed that is itself public. Absent: allowed.
   */
  privateNetwork?: "allowed" | "refused";
  /** How host names are resolved for that check (tests give names addresses). */
  resolveHost?: HostResolver;
}

export const USER_AGENT = "EpisodeExplorer/0.1 (episodes feed; podcast transcript reader)";

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The URL when it is absolute http(s); a FetchError naming it otherwise. */
export function checkHttpUrl(url: string, from = url): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(from, `"${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new FetchError(
      from,
      `only http(s) URLs are fetched, not ${parsed.protocol} ("${url.slice(0, 80)}")`,
    );
  return parsed;
}

const refused = (url: string, address: string) =>
  new FetchError(
    url,
    `${address} is an address of a private network; a feed from the internet may not reach into it`,
  );

/**
 * Refuses a URL of the private network when the limits say so (a FetchError naming the address),
 * before asking it anything. The connection checks again what it connects to (public-only-agent.ts).
 */
async function refusePrivate(url: string, limits: FetchLimits): Promise<void> {
  if (limits.privateNetwork !== "refused") return;
  const address = await findPrivateAddress(url, limits.resolveHost);
  if (address !== undefined) throw refused(url, address);
}

/** One attempt: follows redirects by hand, counting them and refusing loops and non-http(s) targets. */
async function attempt(
  start: string,
  accept: string,
  conditional: Conditional,
  limits: FetchLimits,
  dispatcher: Dispatcher | undefined,
) {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const seen = [start];
  let url = start;
  try {
    for (;;) {
      await refusePrivate(url, limits);
      const headers: Record<string, string> = { "user-agent": USER_AGENT, accept };
      if (conditional.etag) headers["if-none-match"] = conditional.etag;
      if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
      const response = await fetch(url, {
        headers,
        redirect: "manual",
        signal,
        ...(dispatcher && { dispatcher }),
      });
      const location = response.headers.get("location");
      if (REDIRECTS.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const next = checkHttpUrl(new URL(location, url).href, url).href;
        if (seen.includes(next))
          throw new FetchError(start, `redirect loop (${[...seen, next].join(" → ")})`);
        if (seen.length > limits.maxRedirects)
          throw new FetchError(start, `more than ${limits.maxRedirects} redirects`);
        seen.push(next);
        url = next;
        continue;
      }
      return await readResponse(url, response, limits.maxBytes);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted)
      throw new FetchError(url, `no complete answer within ${limits.timeoutMs / 1000} s`, true);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause instanceof PrivateAddressError) throw refused(url, cause.address);
    throw new FetchError(
      url,
      `cannot connect: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      true,
    );
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs an http(s) URL within `limits`: a conditional request when `conditional` has validators
 * (304 → `{ status: 304 }`), retried with exponential backoff after a 5xx, a 429, a timeout or a
 * network failure, at most `limits.retries` times.
 *
 * @throws FetchError `url: reason`.
 */
export async function fetchLimited(
  url: string,
  options: { accept: string; conditional?: Conditional; limits: FetchLimits },
): Promise<FetchResult> {
  checkHttpUrl(url);
  const { limits } = options;
  const dispatcher = limits.privateNetwork === "refused" ? getPublicOnlyAgent(limits.resolveHost) : undefined;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, options.accept, options.conditional ?? {}, limits, dispatcher);
    } catch (error) {
      if (!(error instanceof FetchError) || !error.retriable) throw error;
      if (tries >= limits.retries)
        throw tries === 0 ? error : new FetchError(error.url, `${error.reason} (${tries + 1} attempts)`);
      await sleep(limits.backoffMs * 2 ** tries);
    }
  }
}
