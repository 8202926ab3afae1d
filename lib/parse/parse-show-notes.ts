import { createIssues, neverThrow, type IssueCollector } from "./issues";
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

/** What reading the lines after the title collects, shared by the steps below. */
interface ShowNotesReader {
  issues: IssueCollector;
  blocks: ShowNotesBlock[];
  chapters: ParsedChapter[];
  /** The block the next line may continue. */
  open: ShowNotesBlock | undefined;
  prevBlank: boolean;
}

function parse(text: string, strict: boolean): ParseResult<ShowNotesDoc> {
  const issues = createIssues(strict);
  const lines = splitLines(text);
  const titleIndex = lines.findIndex((l) => l.trim() !== "");
  if (titleIndex === -1) return issues.fail({ line: 1, message: "empty file: expected show notes" });
  const title = collapseWhitespace(lines[titleIndex] ?? "");
  const reader: ShowNotesReader = { issues, blocks: [], chapters: [], open: undefined, prevBlank: true };
  for (let i = titleIndex + 1; i < lines.length; i++) readLine(reader, lines[i] ?? "", i + 1);
  const kept = reader.blocks.filter((b) => b.items.length > 0);
  if (reader.chapters.length === 0)
    issues.warn(titleIndex + 1, "no chapters found (expected lines like (12:34) - Title)");
  return issues.finish<ShowNotesDoc>({
    format: "show-notes",
    title,
    blocks: kept,
    chapters: reader.chapters,
  });
}

/** Reads one line (number `lineNo`): a blank, a chapter, a list item or paragraph text. */
function readLine(reader: ShowNotesReader, raw: string, lineNo: number): void {
  const line = collapseWhitespace(raw);
  if (!line) {
    if (reader.open?.kind === "paragraph") reader.open = undefined;
    reader.prevBlank = true;
    return;
  }
  const chapter = CHAPTER_LINE.exec(raw);
  const start = chapter ? parseClockTime(chapter[1] ?? chapter[2] ?? "") : undefined;
  if (chapter && start !== undefined) addChapter(reader, collapseWhitespace(chapter[3] ?? ""), start, lineNo);
  else {
    if (chapter) reader.issues.warn(lineNo, `unreadable chapter time "${chapter[1] ?? chapter[2] ?? ""}"`);
    const item = LIST_ITEM.exec(raw);
    if (item) addListItem(reader, collapseWhitespace(item[1] ?? ""), lineNo);
    else addText(reader, line, lineNo);
  }
  reader.prevBlank = false;
}

/** Adds a chapter; a "Chapters:" paragraph right above it is dropped. */
function addChapter(reader: ShowNotesReader, title: string, start: number, lineNo: number): void {
  if (reader.open?.kind === "paragraph") {
    if (CHAPTERS_HEADING.test(reader.open.items[0] ?? "")) takeHeading(reader);
    reader.open = undefined;
  }
  const prev = reader.chapters[reader.chapters.length - 1];
  if (prev && start < prev.start) reader.issues.warn(lineNo, "chapter starts before the previous chapter");
  reader.chapters.push({ title, start, line: lineNo });
}

/** Adds a list item, opening a list (headed by the paragraph just above, if it can head one). */
function addListItem(reader: ShowNotesReader, item: string, lineNo: number): void {
  if (reader.open?.kind !== "list") {
    const { heading, line: headingLine } = takeHeading(reader);
    reader.open = {
      ...(heading !== undefined ? { heading } : {}),
      kind: "list",
      items: [],
      line: headingLine ?? lineNo,
    };
    reader.blocks.push(reader.open);
  }
  reader.open.items.push(item);
}

/** Adds paragraph text: a hard-wrapped line continuing in lowercase joins the one before. */
function addText(reader: ShowNotesReader, line: string, lineNo: number): void {
  const open = reader.open;
  if (
    open?.kind === "paragraph" &&
    !reader.prevBlank &&
    !/[.!?…:"”)]$/.test(open.items[0] ?? "") &&
    /^\p{Ll}/u.test(line)
  ) {
    open.items[0] = `${open.items[0] ?? ""} ${line}`;
  } else {
    reader.open = { kind: "paragraph", items: [line], line: lineNo };
    reader.blocks.push(reader.open);
  }
}

/** Takes the paragraph just before a list or chapters as its heading. */
function takeHeading(reader: ShowNotesReader): { heading?: string; line?: number } {
  const last = reader.blocks[reader.blocks.length - 1];
  const heading = reader.open === last && !reader.prevBlank ? headingText(last) : undefined;
  if (heading === undefined || !last) return {};
  reader.blocks.pop();
  return { heading, line: last.line };
}
