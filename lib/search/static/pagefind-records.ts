import type { Episode } from "../../model/episode-schema";
import { buildSearchDocs } from "../build-search-docs";
import { describeEpisodePeople } from "../describe-episode-people";
import { buildHitHref, hitTimeParam } from "../hit-href";
import type { SearchDoc } from "../search-doc";
import { AT_ENTRY_SEPARATOR, SPEAKER_SEPARATOR, WINDOW_KIND, type PagefindRecord } from "./pagefind-record";

/**
 * Speech is indexed in windows of about a minute: one record per sentence makes Pagefind's build
 * slower with every 100,000 records (600,000 estimated at 25+ minutes), a minute keeps a
 * 1,000-hour library near 60,000 records. A window also closes at a section boundary (so its
 * section is exact) and at WINDOW_MAX_WORDS (untimed transcripts).
 */
export const WINDOW_SECONDS = 60;
export const WINDOW_MAX_WORDS = 250;

/** Every record is in the page's language: Pagefind searches only the index of `<html lang>`. */
export const SEARCH_LANGUAGE = "en";

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

interface EpisodeInfo {
  slug: string;
  base: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function episodeInfo(episode: Episode, showSlug: string | undefined): EpisodeInfo {
  const base: Record<string, string> = { title: episode.title, slug: episode.slug };
  if (episode.show) base.show = episode.show;
  if (episode.published) base.published = episode.published;
  return {
    slug: episode.slug,
    base,
    // The show's slug, as the search page's show filter writes it (`?show=cyber-sentries`).
    filters: episode.show ? { show: [showSlug ?? episode.show] } : {},
    sort: episode.published ? { published: episode.published } : {},
  };
}

/**
 * A window of consecutive sentences. Its url opens the episode at the first sentence; `at` maps
 * each sentence's first word (its position in `content`, as Pagefind counts words) to the `t=`
 * that lands on it and its speaker, so a result can link to the very sentence that matched.
 */
function windowRecord(
  info: EpisodeInfo,
  sentences: SearchDoc[],
  speakerName: (doc: SearchDoc) => string | undefined,
  section: string | undefined,
): PagefindRecord {
  const first = sentences[0] as SearchDoc;
  const speakers: string[] = [];
  const at: string[] = [];
  let offset = 0;
  for (const doc of sentences) {
    const name = speakerName(doc);
    let index = name === undefined ? -1 : speakers.indexOf(name);
    if (name !== undefined && index < 0) index = speakers.push(name) - 1;
    const t = doc.start === undefined ? "" : hitTimeParam(doc.start, doc.end);
    at.push(`${offset} ${t} ${index}`);
    offset += words(doc.text).length;
  }
  const meta: Record<string, string> = { ...info.base, kind: WINDOW_KIND, at: at.join(AT_ENTRY_SEPARATOR) };
  if (first.start !== undefined) meta.time = String(first.start);
  if (speakers.length) meta.speakers = speakers.join(SPEAKER_SEPARATOR);
  if (section) meta.section = section;
  return {
    url: buildHitHref(info.slug, "", first),
    content: sentences.map((doc) => doc.text).join(" "),
    language: SEARCH_LANGUAGE,
    meta,
    filters: speakers.length ? { ...info.filters, speaker: speakers } : info.filters,
    sort: info.sort,
  };
}

/**
 * One record for a note, chapter, highlight, summary item, key point or show-notes item. Pagefind
 * keeps one record per URL, and a timed one's link (`?t=`) is often a window's too (a chapter or
 * highlight starting with a sentence): its element id follows as a fragment so neither is lost
 * (a highlight at 0:01 replaced the speech window starting there). toStaticHit links without it.
 */
function docRecord(info: EpisodeInfo, doc: SearchDoc, section: string | undefined): PagefindRecord {
  const meta: Record<string, string> = { ...info.base, kind: doc.kind };
  if (doc.start !== undefined) meta.time = String(doc.start);
  if (section) meta.section = section;
  const href = buildHitHref(info.slug, "", doc);
  return {
    url: href.includes("#") ? href : `${href}#${encodeURIComponent(doc.id)}`,
    content: doc.text,
    language: SEARCH_LANGUAGE,
    meta,
    filters: info.filters,
    sort: info.sort,
  };
}

/**
 * The Pagefind records of an episode, everything its page shows in words (buildSearchDocs): its
 * speech in windows of about a minute, one record per note, chapter, summary item, key point and
 * show-notes item, and one for what its header says: title, description and people. `showSlug`: the slug of the episode's
 * show among the library's (lib/view/library-page.ts `listShows`), which the show filter matches.
 * `windowSeconds` is for the bench's comparison of granularities. Deterministic: the same
 * episode gives the same records in the same order.
 */
export function buildPagefindRecords(
  episode: Episode,
  { showSlug, windowSeconds = WINDOW_SECONDS }: { showSlug?: string; windowSeconds?: number } = {},
): PagefindRecord[] {
  const info = episodeInfo(episode, showSlug);
  const { speakers, sections, docs } = buildSearchDocs(episode);
  const speakerName = (doc: SearchDoc) =>
    doc.speaker === undefined ? undefined : speakers[doc.speaker]?.name;
  const sectionTitle = (doc: SearchDoc) =>
    doc.section === undefined ? undefined : sections[doc.section]?.title;
  const records: PagefindRecord[] = [];
  let window: SearchDoc[] = [];
  let windowWords = 0;
  const flush = () => {
    if (window.length)
      records.push(windowRecord(info, window, speakerName, sectionTitle(window[0] as SearchDoc)));
    window = [];
    windowWords = 0;
  };
  for (const doc of docs) {
    if (doc.kind !== "sentence") continue;
    const head = window[0];
    const long =
      head?.start !== undefined && doc.start !== undefined && doc.start - head.start >= windowSeconds;
    if (head && (long || doc.section !== head.section || windowWords >= WINDOW_MAX_WORDS)) flush();
    window.push(doc);
    windowWords += words(doc.text).length;
  }
  flush();
  for (const doc of docs) if (doc.kind !== "sentence") records.push(docRecord(info, doc, sectionTitle(doc)));
  const about = [episode.title, episode.description, describeEpisodePeople(episode)]
    .filter(Boolean)
    .join(" — ");
  records.push({
    url: `/episodes/${encodeURIComponent(episode.slug)}`,
    content: about,
    language: SEARCH_LANGUAGE,
    meta: { ...info.base, kind: "episode" },
    filters: info.filters,
    sort: info.sort,
  });
  return records;
}
