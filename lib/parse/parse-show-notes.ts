import { createIssues, neverThrow } from "./issues";
import { parseClockTime } from "../time/parse-timestamp";
import { collapseWhitespace, splitLines } from "./text-lines";
import type { ParsedChapter, ParseOptions, ParseResult, ShowNotesBlock, ShowNotesDoc } from "./types";

const TIME = String.raw`\d{1,2}(?::\d{2}){1,2}`;
/** `- (mm:ss) - Title`, `(h:mm:ss) Title`, `00:04 - Title` (unparenthesised times need a dash). */
export const CHAPTER_LINE = new RegExp(
  String.raw`^\s*(?:[-*•]\s+)?(?:\((${TIME})\)\s*[-–—:]?|(${TIME})\s+[-–—])\s*(\S.*)$`,
);
/** A line announcing the chapter list; dropped, since chapters have their own field. */
const CHAPTERS_HEADING = /^(?:episode )?(?:chapters?|timestamps?|time ?codes?|timeline)\s*:?$/i;
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+(.*)$/;

/** A one-line paragraph that can head the list after it: ends in ":" or is short and unpunctuated. */
function headingText(block: ShowNotesBlock | undefined): string | undefined {
  if (!block || block.kind !== "paragraph" || block.items.length !== 1) return undefined;
  const text = block.items[0] ?? "";
  if (text.endsWith(":")) return text.slice(0, -1).trim();
  return text.length <= 80 && !/[.!?…"”)]$/.test(text) ? text : undefined;
}

/**
 * Parses show notes: the first line is the title; then paragraphs, lists (`- item`, optionally
 * headed by the line before them, e.g. "Key Takeaways:" or "Links & Notes") and chapter lines
 * `(mm:ss) - Title` / `- (h:mm:ss) - Title`, which go to `chapters` (seconds) and not to blocks
 * (nor does a "Chapters:" line right above them).
 * A hard-wrapped paragraph line that continues in lowercase is joined to the one before.
 * Errors: empty input. Warnings (errors when `strict`): no chapters, chapters out of order,
 * unreadable chapter times. Never throws.
 *
 * @param text The show notes (any line ends).
 */
export function parseShowNotes(text: string, options: ParseOptions = {}): ParseResult<ShowNotesDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(text: string, strict: boolean): ParseResult<ShowNotesDoc> {
  const issues = createIssues(strict);
  const lines = splitLines(text);
  const titleIndex = lines.findIndex((l) => l.trim() !== "");
  if (titleIndex === -1) return issues.fail({ line: 1, message: "empty file: expected show notes" });
  const title = collapseWhitespace(lines[titleIndex] ?? "");
  const blocks: ShowNotesBlock[] = [];
  const chapters: ParsedChapter[] = [];
  let open: ShowNotesBlock | undefined;
  let prevBlank = true;
  const lastBlock = (): ShowNotesBlock | undefined => blocks[blocks.length - 1];
  /** Takes the paragraph just before a list or chapters as its heading. */
  const takeHeading = (): { heading?: string; line?: number } => {
    const last = lastBlock();
    const heading = open === last && !prevBlank ? headingText(last) : undefined;
    if (heading === undefined || !last) return {};
    blocks.pop();
    return { heading, line: last.line };
  };
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = collapseWhitespace(raw);
    if (!line) {
      if (open?.kind === "paragraph") open = undefined;
      prevBlank = true;
      continue;
    }
    const chapter = CHAPTER_LINE.exec(raw);
    const start = chapter ? parseClockTime(chapter[1] ?? chapter[2] ?? "") : undefined;
    if (chapter && start !== undefined) {
      if (open?.kind === "paragraph") {
        if (CHAPTERS_HEADING.test(open.items[0] ?? "")) takeHeading();
        open = undefined;
      }
      const prev = chapters[chapters.length - 1];
      if (prev && start < prev.start) issues.warn(i + 1, "chapter starts before the previous chapter");
      chapters.push({ title: collapseWhitespace(chapter[3] ?? ""), start, line: i + 1 });
    } else {
      if (chapter) issues.warn(i + 1, `unreadable chapter time "${chapter[1] ?? chapter[2] ?? ""}"`);
      const item = LIST_ITEM.exec(raw);
      if (item) {
        if (open?.kind !== "list") {
          const { heading, line: headingLine } = takeHeading();
          open = {
            ...(heading !== undefined ? { heading } : {}),
            kind: "list",
            items: [],
            line: headingLine ?? i + 1,
          };
          blocks.push(open);
        }
        open.items.push(collapseWhitespace(item[1] ?? ""));
      } else if (
        open?.kind === "paragraph" &&
        !prevBlank &&
        !/[.!?…:"”)]$/.test(open.items[0] ?? "") &&
        /^\p{Ll}/u.test(line)
      ) {
        open.items[0] = `${open.items[0] ?? ""} ${line}`;
      } else {
        open = { kind: "paragraph", items: [line], line: i + 1 };
        blocks.push(open);
      }
    }
    prevBlank = false;
  }
  const kept = blocks.filter((b) => b.items.length > 0);
  if (chapters.length === 0)
    issues.warn(titleIndex + 1, "no chapters found (expected lines like (12:34) - Title)");
  return issues.finish<ShowNotesDoc>({ format: "show-notes", title, blocks: kept, chapters });
}
