import { z } from "zod";
import { SLUG_PATTERN } from "./slug-pattern";

/**
 * `content/sources/.feeds.json`: what `episodes feed` fetched and wrote, so a refresh asks only
 * for what changed (conditional requests) and knows which files a person has edited since
 * (their bytes no longer hash to what was written).
 */

export const FEED_RECORD_FILE_NAME = ".feeds.json";

/** A file the feed wrote into an episode folder. */
export const fetchedFileSchema = z
  .object({
    /** Where it was downloaded from; absent for the generated `episode.json`. */
    url: z.string().optional(),
    /** SHA-256 (hex) of the bytes as written. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    etag: z.string().optional(),
    lastModified: z.string().optional(),
  })
  .strict();

export const fetchedItemSchema = z
  .object({
    /** The item's guid (or what stands in for it: see the feed reader). */
    guid: z.string().min(1),
    /** The episode folder's name (its slug): kept when the item's title changes. */
    folder: z.string().regex(SLUG_PATTERN),
    title: z.string(),
    /** By file name inside the folder. */
    files: z.record(z.string().min(1), fetchedFileSchema),
  })
  .strict();

export const fetchedFeedSchema = z
  .object({
    title: z.string(),
    etag: z.string().optional(),
    lastModified: z.string().optional(),
    /** SHA-256 of the feed's bytes: a feed read from a file, or served without validators. */
    sha256: z.string().optional(),
    /** Items published before this date are not taken (`--since`, or the oldest of `--limit`). */
    since: z.iso.date().optional(),
    fetchedAt: z.iso.datetime(),
    /**
     * In the feed's order. A list, not an object keyed by guid: a guid is the feed's text, and
     * one such as `__proto__` is no safe object key.
     */
    items: z.array(fetchedItemSchema),
  })
  .strict();

export const feedRecordSchema = z
  .object({
    version: z.literal(1),
    /** By the feed's URL (or file path) as given to `episodes feed add`. */
    feeds: z.record(z.string().min(1), fetchedFeedSchema),
  })
  .strict();

export type FetchedFile = z.output<typeof fetchedFileSchema>;
export type FetchedItem = z.output<typeof fetchedItemSchema>;
export type FetchedFeed = z.output<typeof fetchedFeedSchema>;
export type FeedRecord = z.output<typeof feedRecordSchema>;
