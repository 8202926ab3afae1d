import type { Episode, Paragraph, Sentence, Turn } from "../model/episode-schema";
import { formatClock } from "../time/format-time";
import { formatTimeParam } from "../time/format-time-param";
import { buildTranscriptBlocks } from "./transcript-blocks";
import { getPersonInitials } from "./person-initials";
import { personKey } from "../model/person-key";
import type { PersonSlugs } from "./people-index";
import { SPEAKER_COLORS, getSpeakerColor, getSpeakerDisplayName } from "./speaker-palette";

/**
 * The transcript's markup (headings, speaker turns, paragraphs, sentences) as one HTML string.
 * The page sends it once, in its HTML, outside the React payload: the transcript is the bulk of
 * the page and the islands only find sentences in the DOM by id, so React need not own it.
 * Every text and attribute value is escaped here: this string is inserted as HTML.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` safe as HTML text or as a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

type Attributes = Record<string, string | number | undefined>;

/** An opening tag; attributes whose value is undefined are left out, an empty value is bare. */
function open(tag: string, attributes: Attributes = {}): string {
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    html += value === "" ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return `${html}>`;
}

/** One sentence; editorial notes such as `[BOO-dee-ay]` become small notes. */
export function sentenceHtml(sentence: Sentence): string {
  // Consecutive ordinary words become one text run; notes get their own element.
  const parts: { note: boolean; text: string }[] = [];
  for (const word of sentence.words) {
    const last = parts.at(-1);
    const note = word.note === true;
    if (last && last.note === note) last.text += ` ${word.text}`;
    else parts.push({ note, text: word.text });
  }
  const inner = parts
    .map((part) =>
      part.note ? `<span data-note="" class="note">${escapeHtml(part.text)}</span>` : escapeHtml(part.text),
    )
    .join(" ");
  const attributes = {
    id: sentence.id,
    "data-sentence": "",
    "data-start": sentence.start,
    "data-end": sentence.end,
  };
  return `${open("span", attributes)}${inner} </span>`;
}

function paragraphHtml(paragraph: Paragraph): string {
  const start = paragraph.start;
  const time =
    start === undefined
      ? ""
      : `${open("a", {
          href: `?t=${formatTimeParam(Math.max(0, start))}`,
          "data-seek": start,
          class: "time-link",
          "aria-label": `Play from ${formatClock(start)}`,
        })}${escapeHtml(formatClock(start))}</a>`;
  return `${open("p", { id: paragraph.id })}${time}${paragraph.sentences.map(sentenceHtml).join("")}</p>`;
}

/**
 * The speaker's picture over their initials, as `components/people/avatar.tsx` draws it (the
 * transcript is built as a string, not with React): decorative, the name follows it.
 */
function avatarHtml(name: string, image: string): string {
  return `<span aria-hidden="true" class="avatar">${escapeHtml(getPersonInitials(name))}<img src="${escapeHtml(
    image,
  )}" alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"></span>`;
}

/** The speaker's name, a link to their page when they have one (an unnamed voice never does). */
function nameHtml(name: string, speakerName: string | undefined, people: PersonSlugs | undefined): string {
  const slug = speakerName === undefined ? undefined : people?.get(personKey(speakerName));
  const text = `<bdi>${escapeHtml(name)}</bdi>`;
  return slug === undefined ? text : `<a href="/people/${escapeHtml(slug)}">${text}</a>`;
}

function turnHtml(
  people: PersonSlugs | undefined,
  episode: Episode,
  turn: Turn,
  paragraphs: Paragraph[],
  continued: boolean,
  end: boolean,
): string {
  const name = getSpeakerDisplayName(episode.speakers, turn.speakerId);
  const color = getSpeakerColor(episode.speakers, turn.speakerId);
  const speaker = episode.speakers.find((s) => s.id === turn.speakerId);
  const image = speaker?.image;
  const label = name
    ? `<p class="turn-name">${image ? avatarHtml(name, image) : ""}${nameHtml(name, speaker?.name, people)}${
        continued ? '<span class="font-normal text-slate-600 dark:text-slate-400"> (continued)</span>' : ""
      }</p>`
    : "";
  // The speaker's colours by palette position (`.turn.s0`… in globals.css): a short class on
  // each of hundreds of turns rather than the colour utilities.
  const palette = color ? ` s${SPEAKER_COLORS.indexOf(color)}` : "";
  return `${open("div", { "data-speaker-name": name, class: `turn${palette}${end ? " end" : ""}` })}${label}${paragraphs
    .map(paragraphHtml)
    .join("")}</div>`;
}

// Built once per parsed episode: the model's memo keeps the same object while its file is unchanged
// (and per people index, which changes with the catalogue).
const built = new WeakMap<Episode, { people: PersonSlugs | undefined; html: string }>();

/**
 * The whole transcript's body: section headings interleaved with speaker turns, in reading order.
 * Remembered per episode object, so repeated views of an episode build it once. With `people`,
 * a named speaker's name links to their page.
 */
export function buildTranscriptHtml(episode: Episode, people?: PersonSlugs): string {
  const hit = built.get(episode);
  if (hit && hit.people === people) return hit.html;
  const html = blocksHtml(episode, people);
  built.set(episode, { people, html });
  return html;
}

/** The last blocks are marked `end` (always rendered, see `.turn.end` in globals.css). */
const END_BLOCKS = 10;

function blocksHtml(episode: Episode, people: PersonSlugs | undefined): string {
  const blocks = buildTranscriptBlocks(episode);
  return blocks
    .map((block, i) => {
      if (block.kind === "turn")
        return turnHtml(
          people,
          episode,
          block.turn,
          block.paragraphs,
          block.continued,
          i >= blocks.length - END_BLOCKS,
        );
      const { section } = block;
      return `${open("h2", {
        id: section.id,
        "data-section-start": section.start,
        "data-section-end": section.end,
        class: "below-player border-t border-slate-200 pt-5 text-xl font-semibold dark:border-slate-800",
      })}${escapeHtml(section.title)}</h2>`;
    })
    .join("");
}
