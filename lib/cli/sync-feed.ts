import type { FetchLimits } from "../feed/fetch-limited";
import type { Feed, FeedItem } from "../feed/feed-schema";
import { chooseFolder } from "../feed/plan-item";
import { mapWithLimit } from "../feed/map-limit";
import { openStaging, removeStaging, sha256Of, writeFeedRecord } from "../content/feed-files";
import { listEpisodeFolders } from "../content/source-files";
import type { FetchedFeed, FetchedItem } from "../model/feed-record-schema";
import { commitItem, fetchItem, type FeedReporter, type ItemFile } from "./fetch-feed-item";
import { checkFeed, loadFeed, loadRecord, privateNetworkFor, recordKey, type LoadedFeed } from "./load-feed";

/** How `episodes feed` reads a feed and its files. */
export interface FeedSettings {
  feedLimits: FetchLimits;
  fileLimits: FetchLimits;
  /** Items downloaded at once. */
  concurrency: number;
  /** Only the newest N new items (`--limit`). */
  limit?: number;
  /** Only items published on or after this date (`--since`). */
  since?: string;
}

/**
 * The items to look at: every item already recorded (its files may have changed), and the new
 * items published since `since` (undated ones too), only the newest `limit` of them.
 */
function chooseItems(
  items: FeedItem[],
  known: ReadonlyMap<string, FetchedItem>,
  settings: FeedSettings,
  since?: string,
) {
  const seen = new Set<string>();
  const unique = items.filter((item) => !seen.has(item.guid) && Boolean(seen.add(item.guid)));
  const recorded = unique.filter((item) => known.has(item.guid));
  const fresh = unique
    .filter((item) => !known.has(item.guid))
    .filter((item) => since === undefined || item.published === undefined || item.published >= since)
    .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))
    .slice(0, settings.limit);
  const dates = fresh.flatMap((item) => (item.published ? [item.published] : [])).sort();
  const oldest = settings.limit !== undefined && fresh.length === settings.limit ? dates[0] : undefined;
  return { items: [...recorded, ...fresh], duplicates: items.length - unique.length, since: since ?? oldest };
}

/** Folder per item: the recorded one for a known guid, else a new slug no other folder or feed uses. */
function assignFolders(
  roots: string[],
  show: string,
  items: FeedItem[],
  known: ReadonlyMap<string, FetchedItem>,
  all: FetchedFeed[],
) {
  // Every sources folder's slugs: the build refuses a slug found in two of them.
  const taken = new Set(listEpisodeFolders(roots).folders.map((f) => f.slug));
  for (const feed of all) for (const item of feed.items) taken.add(item.folder);
  return items.map((item) => {
    const folder = known.get(item.guid)?.folder ?? chooseFolder(show, item.title ?? item.guid, taken);
    taken.add(folder);
    return folder;
  });
}

/** Recorded items in the feed's order (the record diffs well), then those the feed no longer lists. */
function inFeedOrder(items: ReadonlyMap<string, FetchedItem>, order: FeedItem[]): FetchedItem[] {
  const guids = new Set([...order.map((i) => i.guid), ...items.keys()]);
  return [...guids].flatMap((guid) => items.get(guid) ?? []);
}

/**
 * Moves every item's staged files into the library (see commitItem).
 * @returns The record's items after it, and how many files were written.
 */
function commitAll(
  root: string,
  run: { items: FeedItem[]; folders: string[]; fetched: { files: ItemFile[] }[] },
  known: ReadonlyMap<string, FetchedItem>,
  report: FeedReporter,
) {
  const items = new Map(known);
  let written = 0;
  run.fetched.forEach((result, i) => {
    const [item, folder] = [run.items[i] as FeedItem, run.folders[i] as string];
    if (result.files.length === 0) return;
    const committed = commitItem(root, folder, result.files, known.get(item.guid), report);
    written += committed.written;
    items.set(item.guid, { guid: item.guid, folder, title: item.title ?? "", files: committed.files });
  });
  return { items, written };
}

/**
 * The feed's entry in the record after this fetch. When a file could not be had, the feed's
 * validators are left out, so the next refresh reads the feed again (not a 304) and retries it.
 */
function recordFeed(
  feed: Feed,
  loaded: LoadedFeed,
  chosen: { since?: string; complete: boolean },
  items: FetchedFeed["items"],
): FetchedFeed {
  const { since, complete } = chosen;
  return {
    title: feed.title,
    ...(loaded.etag && complete ? { etag: loaded.etag } : {}),
    ...(loaded.lastModified && complete ? { lastModified: loaded.lastModified } : {}),
    sha256: sha256Of(loaded.bytes),
    ...(since ? { since } : {}),
    fetchedAt: new Date().toISOString(),
    items,
  };
}

/** The settings for one feed: the private network refused to its downloads when it is public. */
async function scopeToFeed(source: string, settings: FeedSettings): Promise<FeedSettings> {
  const privateNetwork = await privateNetworkFor(source, settings.feedLimits.resolveHost);
  return {
    ...settings,
    feedLimits: { ...settings.feedLimits, privateNetwork },
    fileLimits: { ...settings.fileLimits, privateNetwork },
  };
}

/**
 * Reads a feed (URL or file) and brings its episodes into `<roots[0]>/<show>-<episode>/` (a slug
 * no sources folder has yet): new items are downloaded, recorded ones asked for with conditional
 * requests, hand-edited files kept. Downloads go to a staging folder first; nothing in the
 * library changes before the feed has been read and checked.
 *
 * @returns How many files were written into the library.
 * @throws FeedFailure `source: reason` when the feed cannot be fetched or read (nothing written).
 */
export async function syncFeed(
  source: string,
  roots: [string, ...string[]],
  options: FeedSettings,
  report: FeedReporter,
) {
  const settings = await scopeToFeed(source, options);
  const [root] = roots;
  const record = loadRecord(root);
  const key = recordKey(source);
  const known = record.feeds[key];
  const knownItems = new Map((known?.items ?? []).map((item) => [item.guid, item]));
  const loaded = await loadFeed(source, known, settings.feedLimits);
  if (!loaded) {
    report.progress(`${source}: not modified since the last fetch (304); nothing to do`);
    return 0;
  }
  const feed = checkFeed(source, loaded, report);
  const chosen = chooseItems(feed.items, knownItems, settings, settings.since ?? known?.since);
  if (chosen.duplicates > 0)
    report.warn(`${source}: ${chosen.duplicates} item(s) repeat a guid; only the first is taken`);
  const folders = assignFolders(roots, feed.title, chosen.items, knownItems, Object.values(record.feeds));
  const staging = openStaging(root);
  try {
    let done = 0;
    const fetched = await mapWithLimit(chosen.items, settings.concurrency, async (item, i) => {
      const folder = folders[i] as string;
      const result = await fetchItem({
        item,
        folder,
        show: feed.title,
        prev: knownItems.get(item.guid),
        staging,
        settings,
        report,
      });
      report.progress(`[${++done}/${chosen.items.length}] ${folder}: ${result.summary}`);
      return result;
    });
    const { items, written } = commitAll(root, { items: chosen.items, folders, fetched }, knownItems, report);
    const complete = fetched.every((result) => result.failed === 0);
    record.feeds[key] = recordFeed(
      feed,
      loaded,
      { since: chosen.since, complete },
      inFeedOrder(items, feed.items),
    );
    writeFeedRecord(root, record);
    return written;
  } finally {
    removeStaging(staging);
  }
}
