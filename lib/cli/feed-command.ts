import { contentLocations, parseArgs, type Args } from "./parse-args";
import { runBuild } from "./build-command";
import { syncFeed, type FeedSettings } from "./sync-feed";
import { FeedFailure, loadRecord, recordKey } from "./load-feed";
import type { FeedReporter } from "./fetch-feed-item";
import type { FetchLimits } from "../feed/fetch-limited";

const USAGE = `usage: episodes feed add <url-or-file> [--limit N] [--since YYYY-MM-DD] [--timeout SECONDS]
       episodes feed refresh [<url-or-file>] [--timeout SECONDS]
  (both also take --sources DIR, --out DIR, --quiet and --no-index, as build does)`;

const MB = 1024 * 1024;

/**
 * The client's limits. A feed of 10 MB holds thousands of items; a transcript is refused above
 * the build's own 8 MB source limit. Two retries, 0.5 s then 1 s apart, for 5xx and timeouts.
 */
function limitsFor(timeoutMs: number): { feed: FetchLimits; file: FetchLimits } {
  const common = { timeoutMs, maxRedirects: 5, retries: 2, backoffMs: 500 };
  return { feed: { ...common, maxBytes: 10 * MB }, file: { ...common, maxBytes: 8 * MB } };
}

/** The settings from the options, or the reason they are unusable. */
function readSettings(args: Args): FeedSettings | string {
  const last = (name: string) => args.options.get(name)?.at(-1);
  const limit = last("limit");
  const since = last("since");
  const timeout = last("timeout") ?? "30";
  if (limit !== undefined && !/^[1-9]\d*$/u.test(limit))
    return `--limit needs a whole number of items, not "${limit}"`;
  if (since !== undefined && !(/^\d{4}-\d{2}-\d{2}$/u.test(since) && Number.isFinite(Date.parse(since))))
    return `--since needs a date like 2024-05-01, not "${since}"`;
  const seconds = Number(timeout);
  if (!(seconds > 0 && seconds <= 600)) return `--timeout needs seconds from 0 to 600, not "${timeout}"`;
  const limits = limitsFor(seconds * 1000);
  return {
    feedLimits: limits.feed,
    fileLimits: limits.file,
    concurrency: 4,
    ...(limit !== undefined ? { limit: Number(limit) } : {}),
    ...(since !== undefined ? { since } : {}),
  };
}

/**
 * A line as it may reach a terminal: titles, URLs and reasons come from the feed and its server,
 * and a control character there (C0 or C1, e.g. U+009B) could drive the terminal. Shown escaped.
 */
export function printable(line: string): string {
  return line.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

const reporter: FeedReporter = {
  progress: (line) => console.error(printable(line)),
  warn: (line) => console.error(`warning: ${printable(line)}`),
};

/**
 * `episodes feed add|refresh`: brings a feed's episodes into the first sources folder (see
 * syncFeed), then builds like `episodes build` when anything was written. Returns 1 when a
 * feed cannot be used (`source: reason`, the library left as it was), the build's code
 * otherwise, 2 for bad usage.
 */
export async function runFeed(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  const args = parseArgs(rest, ["sources", "out", "limit", "since", "timeout"], ["quiet", "no-index"]);
  if ("error" in args) return usageError(args.error);
  const settings = readSettings(args);
  if (typeof settings === "string") return usageError(settings);
  const { roots, out } = contentLocations(args);
  const [root = "content/sources", ...others] = roots;
  let sources: string[] | string;
  try {
    sources = feedsToRead(action, args.positionals, root);
  } catch (error) {
    if (!(error instanceof FeedFailure)) throw error;
    console.error(printable(error.message));
    return 1;
  }
  if (typeof sources === "string") return usageError(sources);
  let failed = false;
  let written = 0;
  for (const source of sources) {
    try {
      written += await syncFeed(source, [root, ...others], settings, reporter);
    } catch (error) {
      // A feed that cannot be used is said in one line; anything else is a bug (main reports it).
      if (!(error instanceof FeedFailure)) throw error;
      console.error(printable(error.message));
      failed = true;
    }
  }
  if (written === 0) {
    if (!failed) console.log(`${root}: nothing new from the feed; the model is left as it is`);
    return failed ? 1 : 0;
  }
  const flags = ["quiet", "no-index"].filter((f) => args.flags.has(f)).map((f) => `--${f}`);
  const code = await runBuild([...roots.flatMap((r) => ["--sources", r]), "--out", out, ...flags], false);
  return failed ? 1 : code;
}

/** The feeds an action reads, or a usage problem. @throws FeedFailure for an unknown feed or record. */
function feedsToRead(action: string | undefined, positionals: string[], root: string): string[] | string {
  if (action === "add") {
    const [source, ...extra] = positionals;
    if (source === undefined || extra.length > 0) return "feed add takes one feed URL or file";
    return [source];
  }
  if (action === "refresh") {
    if (positionals.length > 1) return "feed refresh takes at most one feed";
    const feeds = Object.keys(loadRecord(root).feeds);
    const [source] = positionals;
    if (source === undefined) return feeds;
    if (!feeds.includes(recordKey(source)))
      throw new FeedFailure(`${source}: not a feed of ${root}; add it first with episodes feed add`);
    return [source];
  }
  return action === undefined ? "name an action: add or refresh" : `unknown action "${action}"`;
}

function usageError(message: string): number {
  console.error(`episodes feed: ${message}\n${USAGE}`);
  return 2;
}
