import path from "node:path";
import { checkHttpUrl, FetchError, fetchLimited, type FetchLimits } from "../feed/fetch-limited";
import { findPrivateAddress, type HostResolver } from "../feed/private-network";
import { readFeed } from "../feed/read-feed";
import type { Feed } from "../feed/feed-schema";
import { checkFeedType, decodeFeedText } from "../feed/file-types";
import { readFeedFile, readFeedRecord } from "../content/feed-files";
import type { FetchedFeed } from "../model/feed-record-schema";
import type { FeedReporter } from "./fetch-feed-item";

/** Getting a feed's bytes (over HTTP or from a file) and reading them, or saying why not in one line. */

/** A feed that cannot be used: the message is `source: reason`. */
export class FeedFailure extends Error {}

const FEED_ACCEPT = "application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

/** The record of fetched feeds; a FeedFailure when it cannot be read. */
export function loadRecord(root: string) {
  try {
    return readFeedRecord(root);
  } catch (error) {
    throw new FeedFailure((error as Error).message);
  }
}

/** The record's key for a feed: its URL as given, or a file's absolute path. */
export const recordKey = (source: string): string => (isUrl(source) ? source : path.resolve(source));

/** Whether the source names a URL (any scheme: `file:` and `javascript:` are refused later, by name). */
export const isUrl = (source: string): boolean => /^[a-z][a-z0-9+.-]+:/iu.test(source);

export interface LoadedFeed {
  bytes: Uint8Array;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

/**
 * Whether a feed's downloads may reach the private network: a feed served there (the reader's own
 * server, a test's loopback one) or read from a file may; a feed from the internet may not.
 */
export async function privateNetworkFor(
  source: string,
  resolve?: HostResolver,
): Promise<"allowed" | "refused"> {
  if (!isUrl(source)) return "allowed";
  // Only http(s) is ever fetched (the fetch refuses the rest and says so), and a file:, data: or
  // javascript: URL has no host to look up.
  try {
    checkHttpUrl(source);
  } catch {
    return "refused";
  }
  return (await findPrivateAddress(source, resolve)) === undefined ? "refused" : "allowed";
}

/** The feed's bytes and validators, or undefined when the server says it has not changed (304). */
export async function loadFeed(
  source: string,
  known: FetchedFeed | undefined,
  limits: FetchLimits,
): Promise<LoadedFeed | undefined> {
  if (!isUrl(source)) {
    try {
      return { bytes: readFeedFile(source, limits.maxBytes) };
    } catch (error) {
      throw new FeedFailure((error as Error).message);
    }
  }
  try {
    const conditional = { etag: known?.etag, lastModified: known?.lastModified };
    const got = await fetchLimited(source, { accept: FEED_ACCEPT, conditional, limits });
    return got.status === 304 ? undefined : got;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    throw new FeedFailure(error.url === source ? error.message : `${source}: ${error.message}`);
  }
}

/** The feed read from its bytes. @throws FeedFailure `source: reason` when it is not a usable feed. */
export function checkFeed(source: string, loaded: LoadedFeed, report: FeedReporter): Feed {
  const fail = (reason: string): never => {
    throw new FeedFailure(`${source}: ${reason}`);
  };
  const typeProblem = checkFeedType(loaded.contentType);
  if (typeProblem) fail(typeProblem);
  const decoded = decodeFeedText(loaded.bytes, loaded.contentType);
  if ("error" in decoded) return fail(decoded.error);
  const read = readFeed(decoded.text);
  if ("error" in read) return fail(read.error);
  read.warnings.forEach((w) => report.warn(`${source}: ${w}`));
  return read.feed;
}
