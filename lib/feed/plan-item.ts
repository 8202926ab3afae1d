import { MANIFEST_FILE_NAME, type Manifest } from "../model/manifest-schema";
import { slugify } from "../model/slugify";
import type { FeedFile, FeedItem } from "./feed-schema";
import { transcriptExtension } from "./file-types";

/** What an episode folder gets from one feed item: the files to download and the manifest to write. */

/** A file to download into the episode folder. */
export interface PlannedFile {
  name: string;
  kind: "transcript" | "chapters";
  file: FeedFile;
}

/** Longest folder name made from a title: long enough to read, short enough for any file system. */
const MAX_SLUG = 80;

/**
 * The item's files, each named for what it is: `transcript.<ext>` by declared type
 * (`transcript-2.vtt` for a second of the same type), `chapters.json`. Downloaded as served:
 * the build decides which transcript to use.
 */
export function planFiles(item: FeedItem): PlannedFile[] {
  const planned: PlannedFile[] = [];
  const used = new Set<string>();
  for (const file of item.transcripts) {
    const ext = transcriptExtension(file.type, file.url);
    let name = `transcript.${ext}`;
    for (let n = 2; used.has(name); n++) name = `transcript-${n}.${ext}`;
    used.add(name);
    planned.push({ name, kind: "transcript", file });
  }
  if (item.chapters) planned.push({ name: "chapters.json", kind: "chapters", file: item.chapters });
  return planned;
}

/**
 * A new folder name, `<show>-<episode title>`, unique among `taken` (`-2`, `-3`… after it when
 * not). Cut at a dash so the slug stays readable.
 */
export function chooseFolder(show: string, title: string, taken: ReadonlySet<string>): string {
  let base = `${slugify(show, "show")}-${slugify(title, "episode")}`;
  if (base.length > MAX_SLUG)
    base = base.slice(0, MAX_SLUG).replace(/-[^-]*$/u, "") || base.slice(0, MAX_SLUG);
  let folder = base;
  for (let n = 2; taken.has(folder); n++) folder = `${base}-${n}`;
  return folder;
}

/**
 * The item's `episode.json`: the item's facts as the feed gives them. Its people are the merge's
 * to place: a person who speaks gets their picture and role on their turns (and their name is
 * one the merge looks for as a label in a plain text), the others are credited.
 */
export function buildManifest(item: FeedItem, show: string): Manifest {
  const manifest: Manifest = {
    title: item.title,
    show,
    published: item.published,
    description: item.description,
    media: item.enclosure,
    // Only an audio or video type: anything else says nothing the merge can use.
    mediaType: /^(?:audio|video)\/[a-z0-9.+-]+$/i.test(item.enclosureType ?? "")
      ? item.enclosureType
      : undefined,
    duration: item.duration,
    season: item.season,
    episode: item.episode,
    link: item.link,
    artwork: item.artwork,
    guid: item.guid,
    language: item.language,
    people: item.people.length > 0 ? item.people : undefined,
    soundbites: item.soundbites.length > 0 ? item.soundbites : undefined,
  };
  return Object.fromEntries(Object.entries(manifest).filter(([, v]) => v !== undefined)) as Manifest;
}

/** The manifest as written: two-space JSON and a final newline, like the seeds'. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}

export { MANIFEST_FILE_NAME };
