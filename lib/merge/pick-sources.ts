import type {
  CaptionDoc,
  JsonChaptersDoc,
  ParsedDoc,
  PlainTextDoc,
  ShowNotesDoc,
  SummaryPageDoc,
  TimestampedNotesDoc,
} from "../parse/types";
import type { EpisodeWarning } from "../model/episode-schema";
import { sanitizeDoc } from "../parse/sanitize-doc";
import { captionRank, compareRanks } from "./rank-captions";

/** The formats parsed as timed cues (`CaptionDoc`). */
const CAPTION_FORMATS = new Set<ParsedDoc["format"]>(["vtt", "srt", "json-transcript", "html-transcript"]);

/** A parsed source with its id. */
export interface Picked<T extends ParsedDoc> {
  id: string;
  doc: T;
}

/** At most one source of each kind, chosen deterministically. */
export interface PickedSources {
  caption?: Picked<CaptionDoc>;
  plain?: Picked<PlainTextDoc>;
  summary?: Picked<SummaryPageDoc>;
  notes?: Picked<TimestampedNotesDoc>;
  showNotes?: Picked<ShowNotesDoc>;
  chapters?: Picked<JsonChaptersDoc>;
  /** Ids of further sources of an already-picked kind (ignored, reported). */
  ignored: string[];
}

/**
 * Choose one source per kind: sources are considered in id order (so the
 * result does not depend on the order files were listed); among timed sources
 * (captions, JSON and HTML transcripts) the best ranked wins ({@link captionRank}:
 * voices, names, precision), the first in id order among equals. Unknown or
 * duplicate documents go to `ignored`.
 * @param sources id + parsed document
 */
export function pickSources(sources: readonly { id: string; doc: ParsedDoc }[]): PickedSources {
  const sorted = [...sources].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const out: PickedSources = { ignored: [] };
  const captions = sorted.filter((s) => CAPTION_FORMATS.has(s.doc.format)) as Picked<CaptionDoc>[];
  const hasCleanText = sorted.some((s) => s.doc.format === "plain-text" || s.doc.format === "summary-page");
  const ranked = captions.map((c) => ({ c, rank: captionRank(c.doc, hasCleanText) }));
  // A stable sort: equals stay in id order.
  ranked.sort((x, y) => compareRanks(x.rank, y.rank));
  const caption = ranked[0]?.c;
  for (const s of sorted) {
    const doc = s.doc;
    switch (doc.format) {
      case "vtt":
      case "srt":
      case "json-transcript":
      case "html-transcript":
        if (s !== caption) out.ignored.push(s.id);
        else out.caption = { id: s.id, doc };
        break;
      case "plain-text":
        if (out.plain) out.ignored.push(s.id);
        else out.plain = { id: s.id, doc };
        break;
      case "summary-page":
        if (out.summary) out.ignored.push(s.id);
        else out.summary = { id: s.id, doc };
        break;
      case "timestamped-notes":
        if (out.notes) out.ignored.push(s.id);
        else out.notes = { id: s.id, doc };
        break;
      case "show-notes":
        if (out.showNotes) out.ignored.push(s.id);
        else out.showNotes = { id: s.id, doc };
        break;
      case "json-chapters":
        if (out.chapters) out.ignored.push(s.id);
        else out.chapters = { id: s.id, doc };
        break;
      default:
        out.ignored.push(s.id);
    }
  }
  return out;
}

/** The usable documents of an episode and the one chosen per kind. */
export interface ReadSources {
  docs: Array<{ id: string; doc: ParsedDoc }>;
  picked: PickedSources;
}

/**
 * The first stage: each document checked (an unknown format is ignored with a
 * warning), then one chosen per kind ({@link pickSources}); the others are
 * ignored with a warning.
 * @param sources id + parsed document
 * @param warnings the merge's warnings, appended to
 */
export function readSources(
  sources: readonly { id: string; doc: ParsedDoc }[],
  warnings: EpisodeWarning[],
): ReadSources {
  const docs = sources.flatMap((s) => {
    const doc = sanitizeDoc(s.doc);
    if (!doc) warnings.push({ source: s.id, message: "Unknown document format: source ignored" });
    return doc ? [{ id: s.id, doc }] : [];
  });
  const picked = pickSources(docs);
  for (const id of picked.ignored)
    warnings.push({ source: id, message: "Another source of the same kind was preferred: source ignored" });
  return { docs, picked };
}
