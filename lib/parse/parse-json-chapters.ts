import { httpUrlSchema } from "./doc-schema-fields";
import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { checkVersion, readJsonSource } from "./read-json-source";
import { collapseWhitespace } from "./text-lines";
import type { JsonChaptersDoc, ParsedChapter, ParseOptions, ParseResult } from "./types";

const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/**
 * Parses a Podcasting 2.0 JSON chapters file (`application/json+chapters`, version 1.x):
 * `{"version": "1.2.0", "chapters": [{"startTime", "title", "img", "url", "toc", "endTime"}, …]}`,
 * times in seconds. Each chapter keeps its start, title, end, image and page (http(s) URLs) and
 * `toc: false` (a chapter kept out of the table of contents), on the line where it starts. The
 * top-level `title` is the title.
 * Errors: empty file, invalid JSON (on the line where it fails), no top-level object, `chapters`
 * missing or not an array, no usable chapter. Warnings (errors when `strict`), on the chapter's
 * line: an unknown `version` (line 1; a missing one is fine), a chapter skipped for not being an object or for
 * a missing or unusable `startTime` or `title`, an unusable `endTime`, `img`, `url` or `toc`
 * ignored, a chapter ending at or before its start or starting before the previous one.
 * Never throws.
 *
 * @param text The file's text (any line ends, optional BOM).
 */
export function parseJsonChapters(text: string, options: ParseOptions = {}): ParseResult<JsonChaptersDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(text: string, strict: boolean): ParseResult<JsonChaptersDoc> {
  const issues = createIssues(strict);
  const source = readJsonSource(text, "chapters", issues);
  if (!source) return issues.fail({ line: 1, message: "not a JSON chapters file" });
  checkVersion(source.root, "1", issues);
  const chapters: ParsedChapter[] = [];
  source.items.forEach((item, index) => {
    const chapter = readChapter(item, source.lineOfItem(index), issues);
    if (!chapter) return;
    const prev = chapters[chapters.length - 1];
    if (prev && chapter.start < prev.start)
      issues.warn(chapter.line, "chapter starts before the previous chapter");
    chapters.push(chapter);
  });
  if (chapters.length === 0)
    issues.error(1, 'no chapters found: expected {"startTime": 0, "title": "Intro"}');
  const title = source.root.title;
  return issues.finish<JsonChaptersDoc>({
    format: "json-chapters",
    ...(typeof title === "string" && title.trim() !== "" ? { title: collapseWhitespace(title) } : {}),
    chapters,
  });
}

/** One chapter, or undefined (with a warning) when it has no usable start or title. */
function readChapter(item: unknown, line: number, issues: IssueCollector): ParsedChapter | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    issues.warn(line, "chapter skipped: not an object");
    return undefined;
  }
  const { startTime, title, endTime, img, url, toc } = item as Record<string, unknown>;
  if (!isTime(startTime)) {
    const why = startTime === undefined ? "has no" : "has an unusable";
    issues.warn(line, `chapter skipped: ${why} "startTime" (expected seconds, e.g. 754.5)`);
    return undefined;
  }
  if (typeof title !== "string" || title.trim() === "") {
    issues.warn(line, `chapter skipped: ${typeof title === "string" ? "a blank" : "no"} "title"`);
    return undefined;
  }
  const chapter: ParsedChapter = { title: collapseWhitespace(title), start: startTime, line };
  if (isTime(endTime) && endTime > startTime) chapter.end = endTime;
  else if (isTime(endTime)) issues.warn(line, 'chapter ends at or before its start: "endTime" ignored');
  else if (endTime !== undefined) issues.warn(line, 'unusable "endTime" ignored (expected seconds)');
  for (const [key, value] of [["img", img] as const, ["url", url] as const]) {
    const address = typeof value === "string" ? httpUrlSchema.safeParse(value.trim()).data : undefined;
    if (address !== undefined) chapter[key] = address;
    else if (value !== undefined)
      issues.warn(line, `"${key}" ignored: ${JSON.stringify(value).slice(0, 60)} is not an http(s) URL`);
  }
  if (toc === false) chapter.toc = false;
  else if (toc !== undefined && toc !== true)
    issues.warn(line, 'unusable "toc" ignored (expected true or false)');
  return chapter;
}
