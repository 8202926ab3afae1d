import { decodeWindows1252 } from "../parse/decode-source-bytes";

/**
 * Content types: which a feed and its files may be served as, the file names the downloads get,
 * and transcripts in another charset re-encoded as UTF-8 (the build reads UTF-8 first).
 */

/** The media type without parameters, lowercased; undefined when the header is absent or empty. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/** The `charset` parameter, lowercased. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(contentType ?? "");
  return match?.[1]?.toLowerCase();
}

/** Why a feed's content type is not XML, or undefined when it is (or unstated: the parser decides). */
export function checkFeedType(contentType: string | undefined): string | undefined {
  const type = mediaTypeOf(contentType);
  if (type === undefined || type === "application/octet-stream") return undefined;
  if (type === "text/xml" || type === "application/xml" || type.endsWith("+xml")) return undefined;
  return `served as ${type}, not as an XML feed`;
}

/** Declared transcript types → the extension the file gets. */
const TRANSCRIPT_EXTENSIONS: Record<string, string> = {
  "text/vtt": "vtt",
  "application/x-subrip": "srt",
  "application/srt": "srt",
  "text/srt": "srt",
  "application/json": "json",
  "text/html": "html",
  "text/plain": "txt",
};

/** The file extension for a transcript: from its declared type, else its URL's, else `txt`. */
export function transcriptExtension(declared: string | undefined, url: string): string {
  const fromType = declared === undefined ? undefined : TRANSCRIPT_EXTENSIONS[declared];
  if (fromType) return fromType;
  const fromUrl = /\.([a-z]{3,4})$/iu.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return fromUrl && Object.values(TRANSCRIPT_EXTENSIONS).includes(fromUrl) ? fromUrl : "txt";
}

/** Types any text file may come as: CDNs often serve every file as one of these. */
const GENERIC = new Set(["text/plain", "application/octet-stream", "binary/octet-stream"]);

/**
 * Why a downloaded transcript's (or chapters file's) served type does not fit what the feed
 * declared, or undefined when it fits: the same family (`srt` types are one), a generic type, or
 * none stated. Audio, video, images, PDFs and archives never fit.
 */
export function checkFileType(
  declared: string | undefined,
  contentType: string | undefined,
): string | undefined {
  const served = mediaTypeOf(contentType);
  if (served === undefined || GENERIC.has(served)) return undefined;
  const family = (type: string | undefined) =>
    type === undefined ? undefined : (TRANSCRIPT_EXTENSIONS[type] ?? (type.includes("json") ? "json" : type));
  if (family(served) === family(declared)) return undefined;
  if (declared === undefined && Object.keys(TRANSCRIPT_EXTENSIONS).includes(served)) return undefined;
  return `served as ${served}, but the feed says ${declared ?? "a transcript"}`;
}

/**
 * The bytes as UTF-8: unchanged when the charset is UTF-8 or unstated (the build detects BOMs
 * and Windows-1252 itself); decoded by the stated charset otherwise.
 *
 * @returns The UTF-8 bytes and the charset decoded from, or why they cannot be decoded.
 */
export function decodeToUtf8(
  bytes: Uint8Array,
  contentType: string | undefined,
): { bytes: Uint8Array; from?: string } | { error: string } {
  const charset = charsetOf(contentType);
  if (charset === undefined || charset === "utf-8" || charset === "utf8") return { bytes };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { error: `unknown charset "${charset}"` };
  }
  try {
    // Node decodes 0x80–0x9F of windows-1252 (and of latin1, its WHATWG alias) as C1 controls.
    const text = decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
    if (text === undefined) return { error: `not valid ${charset} text` };
    return { bytes: new TextEncoder().encode(text), from: charset };
  } catch {
    return { error: `not valid ${charset} text` };
  }
}

/**
 * A feed's text: decoded by the charset of its Content-Type, else of its XML declaration, else
 * as UTF-8 (a BOM is dropped). @returns The text, or why it cannot be decoded.
 */
export function decodeFeedText(
  bytes: Uint8Array,
  contentType: string | undefined,
): { text: string } | { error: string } {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/u.exec(head)?.[1];
  const charset = charsetOf(contentType) ?? declared?.toLowerCase() ?? "utf-8";
  try {
    const decoder = new TextDecoder(charset, { fatal: true });
    const text = decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
    return text === undefined
      ? { error: `not valid ${charset} text` }
      : { text: text.replace(/^\uFEFF/u, "") };
  } catch (error) {
    return {
      error: error instanceof RangeError ? `unknown charset "${charset}"` : `not valid ${charset} text`,
    };
  }
}
