import { parseClockTime } from "../time/parse-timestamp";
import { readHtmlTranscript, type TranscriptEvent } from "./html-transcript-events";
import { createIssues, neverThrow, type IssueCollector } from "./issues";
import type { CaptionDoc, Cue, ParseOptions, ParseResult } from "./types";

/**
 * Parses a Podcasting 2.0 HTML transcript (`text/html`): `<cite>Name:</cite>` names the speaker
 * (kept for the turns after it, without the colon), `<time>0:09</time>` starts a turn, and the
 * `<p>` paragraphs after it are its text. Each turn is a cue with the speaker as voice, on the
 * line of its `<time>`, ending where the next turn starts (the last ends at its own start: the
 * format gives no ends). The `<title>` is the title. HTML is read with parse5 (see
 * `readHtmlTranscript`): character references are decoded, scripts and styles ignored.
 * Errors: empty file, no timed turn. Warnings (errors when `strict`): an unreadable time (its
 * paragraphs are skipped), a paragraph with no time before it (skipped), a time with no paragraph
 * after it, a turn starting before the previous one. Never throws.
 *
 * @param text The file's text (any line ends).
 */
export function parseHtmlTranscript(text: string, options: ParseOptions = {}): ParseResult<CaptionDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

/** A turn being read: its start and speaker, and its paragraphs so far. */
interface OpenTurn {
  start: number;
  voice?: string;
  line: number;
  texts: string[];
}

/** A speaker's name as cited: `Alban :` → `Alban`. */
const speakerName = (cite: string): string => cite.replace(/\s*:\s*$/u, "").trim();

function parse(text: string, strict: boolean): ParseResult<CaptionDoc> {
  const issues = createIssues(strict);
  if (text.trim() === "") return issues.fail({ line: 1, message: "empty file: expected an HTML transcript" });
  const { title, events } = readHtmlTranscript(text);
  const turns = collectTurns(events, issues);
  if (turns.length === 0)
    issues.error(1, "no timed turns found: expected <time>0:00</time> followed by <p>…</p>");
  const cues = turns.map((turn, k): Cue => {
    const next = turns[k + 1];
    const prev = turns[k - 1];
    if (prev && turn.start < prev.start) issues.warn(turn.line, "turn starts before the previous turn");
    return {
      start: turn.start,
      end: next && next.start > turn.start ? next.start : turn.start,
      ...(turn.voice ? { voice: turn.voice } : {}),
      text: turn.texts.join(" "),
      line: turn.line,
    };
  });
  return issues.finish<CaptionDoc>({ format: "html-transcript", ...(title ? { title } : {}), cues });
}

/** Groups the events into timed turns, warning about what cannot be placed. */
function collectTurns(events: readonly TranscriptEvent[], issues: IssueCollector): OpenTurn[] {
  const turns: OpenTurn[] = [];
  let speaker: string | undefined;
  /** The turn paragraphs go to; undefined before the first time or after an unreadable one. */
  let open: OpenTurn | undefined;
  let unreadable = false;
  const close = (): void => {
    if (open && open.texts.length === 0) issues.warn(open.line, "<time> has no paragraph after it");
    else if (open) turns.push(open);
    open = undefined;
  };
  for (const event of events) {
    if (event.kind === "cite") {
      close();
      unreadable = false;
      speaker = speakerName(event.text) || undefined;
    } else if (event.kind === "time") {
      close();
      const start = parseClockTime(event.text);
      unreadable = start === undefined;
      if (start === undefined)
        issues.warn(
          event.line,
          `unreadable time "${event.text}" (expected m:ss or h:mm:ss): its paragraphs skipped`,
        );
      else open = { start, ...(speaker ? { voice: speaker } : {}), line: event.line, texts: [] };
    } else if (event.text !== "") {
      if (open) open.texts.push(event.text);
      else if (!unreadable) issues.warn(event.line, "paragraph skipped: no <time> before it");
    }
  }
  close();
  return turns;
}
