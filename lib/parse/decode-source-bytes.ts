import type { ParseIssue } from "./types";

/**
 * Windows-1252 characters for bytes 0x80–0x9F ("" = undefined in 1252). Node's
 * `TextDecoder("windows-1252")` decodes this range as Latin-1 control characters, so they are
 * mapped here; in browsers (which decode them correctly) this is a no-op.
 */
const CP1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

/** C0 controls other than tab, LF, VT, FF, CR and SUB (0x1A, a DOS end-of-file mark), and DEL. */
const CONTROL = /[\u0000-\u0008\u000E-\u0019\u001B-\u001F\u007F]/;

const lineOfIndex = (text: string, index: number): number => text.slice(0, index).split("\n").length;
const startsWith = (buf: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

/** Windows-1252 text with the 0x80–0x9F range mapped as browsers do; undefined when a byte is undefined in it. */
export function decodeWindows1252(bytes: Uint8Array): string | undefined {
  const latin = new TextDecoder("windows-1252").decode(bytes);
  let undefinedByte = false;
  const text = latin.replace(/[\u0080-\u009F]/g, (c) => {
    const mapped = CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80);
    if (mapped === "\u0000") undefinedByte = true;
    return mapped;
  });
  return undefinedByte ? undefined : text;
}

/**
 * Decodes a source file's bytes to text with LF line ends (CRLF and lone CR become LF, so
 * line numbers match every parser's count). Handles UTF-8 with or without BOM and UTF-16 LE/BE
 * with BOM; bytes that are not valid UTF-8 are decoded as Windows-1252. Rejects binary data:
 * NUL bytes, control characters, bytes undefined in Windows-1252, or mostly non-ASCII bytes
 * that are not UTF-8. Never throws.
 *
 * @param buf The file's bytes.
 * @returns The text (BOM removed), or an error with the 1-based line where the problem is.
 */
export function decodeSourceBytes(buf: Uint8Array): { text: string } | { error: ParseIssue } {
  try {
    let raw: string | undefined;
    let how = "UTF-8";
    if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
      how = buf[0] === 0xff ? "UTF-16LE" : "UTF-16BE";
      raw = new TextDecoder(how.toLowerCase(), { fatal: true }).decode(buf.subarray(2));
    } else {
      const body = startsWith(buf, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
      const nul = body.indexOf(0);
      if (nul !== -1) {
        const line = body.subarray(0, nul).filter((b) => b === 0x0a).length + 1;
        return { error: { line, message: "binary file (contains NUL bytes): expected a text file" } };
      }
      try {
        raw = new TextDecoder("utf-8", { fatal: true }).decode(body);
      } catch {
        how = "Windows-1252";
        raw = decodeWindows1252(body);
        const high = body.filter((b) => b >= 0x80).length;
        if (raw !== undefined && high > 16 && high > body.length * 0.3) raw = undefined;
        if (raw === undefined)
          return { error: { line: 1, message: "binary file: neither UTF-8 nor Windows-1252 text" } };
      }
    }
    const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const bad = CONTROL.exec(text);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
      return {
        error: {
          line: lineOfIndex(text, bad.index),
          message: `binary file (control character U+${code} in ${how} text): expected a text file`,
        },
      };
    }
    return { text };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { error: { line: 1, message: `cannot decode file as text: ${reason}` } };
  }
}
