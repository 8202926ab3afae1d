import type { ParsedDoc, TextTurn } from "../parse/types";

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const optStr = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);
/** Largest time accepted, seconds (~116 days): beyond it arithmetic could overflow. */
const MAX_TIME = 1e7;
const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= MAX_TIME ? v : undefined;
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
const line = (v: unknown): number => num(v) ?? 1;

function turns(v: unknown): TextTurn[] {
  return arr<unknown>(v).map((x) => {
    const t = obj(x);
    const speaker = optStr(t.speaker)?.trim();
    const breaks = arr<unknown>(t.breaks).filter(
      (b): b is number => Number.isInteger(b) && (b as number) >= 0,
    );
    return {
      ...(speaker ? { speaker } : {}),
      text: str(t.text),
      line: line(t.line),
      ...(breaks.length > 0 ? { breaks: breaks.sort((a, b) => a - b) } : {}),
    };
  });
}

/**
 * A defensive copy of a parsed document: missing arrays become empty, strings
 * are strings, non-finite times and times beyond ±1e7 s are dropped (items
 * that need a time are removed). Lets the merge accept garbled input without throwing.
 * @param input a document as the parsers produce it (or something close to it)
 * @returns a document safe to merge, or undefined when the format is unknown
 */
export function sanitizeDoc(input: ParsedDoc): ParsedDoc | undefined {
  const d = obj(input);
  switch (d.format) {
    case "vtt":
    case "srt":
      return {
        format: d.format,
        ...(optStr(d.title) ? { title: str(d.title) } : {}),
        cues: arr<unknown>(d.cues).flatMap((x) => {
          const c = obj(x);
          const start = num(c.start);
          if (start === undefined) return [];
          const end = num(c.end) ?? start;
          const voice = optStr(c.voice);
          return [{ start, end, ...(voice ? { voice } : {}), text: str(c.text), line: line(c.line) }];
        }),
      };
    case "plain-text":
      return {
        format: "plain-text",
        ...(optStr(d.title) ? { title: str(d.title) } : {}),
        turns: turns(d.turns),
      };
    case "summary-page": {
      const duration = num(d.duration);
      return {
        format: "summary-page",
        title: str(d.title),
        ...(optStr(d.sourceUrl) ? { sourceUrl: str(d.sourceUrl) } : {}),
        ...(optStr(d.youtubeId) ? { youtubeId: str(d.youtubeId) } : {}),
        ...(duration !== undefined && duration >= 0 ? { duration } : {}),
        keyPoints: arr<unknown>(d.keyPoints).map((x) => ({
          text: str(obj(x).text),
          line: line(obj(x).line),
        })),
        summary: arr<unknown>(d.summary).map(str),
        sections: arr<unknown>(d.sections).flatMap((x) => {
          const s = obj(x);
          const start = num(s.start);
          return start === undefined
            ? []
            : [{ title: str(s.title), description: str(s.description), start, line: line(s.line) }];
        }),
        chunks: arr<unknown>(d.chunks).flatMap((x) => {
          const c = obj(x);
          const start = num(c.start);
          return start === undefined ? [] : [{ start, text: str(c.text), line: line(c.line) }];
        }),
        turns: turns(d.turns),
      };
    }
    case "timestamped-notes":
      return {
        format: "timestamped-notes",
        ...(optStr(d.title) ? { title: str(d.title) } : {}),
        ...(optStr(d.videoId) ? { videoId: str(d.videoId) } : {}),
        frontMatter: Object.fromEntries(Object.entries(obj(d.frontMatter)).map(([k, v]) => [k, str(v)])),
        notes: arr<unknown>(d.notes).map((x) => {
          const n = obj(x);
          const start = num(n.start);
          return {
            headingPath: arr<unknown>(n.headingPath).map(str),
            text: str(n.text),
            ...(start !== undefined ? { start } : {}),
            links: arr<unknown>(n.links).map((l) => ({
              label: str(obj(l).label),
              target: str(obj(l).target),
            })),
            line: line(n.line),
          };
        }),
        preamble: arr<unknown>(d.preamble).map(str),
      };
    case "show-notes":
      return {
        format: "show-notes",
        title: str(d.title),
        blocks: arr<unknown>(d.blocks).map((x) => {
          const b = obj(x);
          const heading = optStr(b.heading);
          return {
            ...(heading ? { heading } : {}),
            kind: b.kind === "list" ? "list" : "paragraph",
            items: arr<unknown>(b.items).map(str),
            line: line(b.line),
          };
        }),
        chapters: arr<unknown>(d.chapters).flatMap((x) => {
          const c = obj(x);
          const start = num(c.start);
          return start === undefined ? [] : [{ title: str(c.title), start, line: line(c.line) }];
        }),
      };
    default:
      return undefined;
  }
}
