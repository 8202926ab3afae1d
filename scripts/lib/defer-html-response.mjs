// Applies deferFrameworkScripts to the HTML a Node response sends, without holding the page: the
// bytes are kept only until `</head>` has passed (the first chunk, for every page here); the head
// is rewritten and everything after it streams through untouched.
import { deferFrameworkScripts } from "./defer-framework-scripts.mjs";

const HEAD_END = Buffer.from("</head>");

const toBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");

/** Copies headers given to writeHead into the response, so they can be read and changed first. */
function setHeadersFrom(res, headers) {
  if (!headers) return;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
  } else {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  }
}

/** Patches `res` (write, end, writeHead) so an HTML body's head is rewritten; other types pass. */
export function deferHtmlResponse(res) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead };
  let mode = "undecided";
  let held = [];

  const decide = () => {
    if (mode !== "undecided") return;
    const type = String(res.getHeader("content-type") ?? "");
    mode = /^text\/html/i.test(type) ? "head" : "pass";
    // The body's length changes.
    if (mode === "head") res.removeHeader("content-length");
  };

  /** Sends the held bytes once the head is complete (or the body ends). */
  const release = (final) => {
    const bytes = Buffer.concat(held);
    // Nothing yet (an empty write): keep waiting for the head; at the end, nothing to rewrite.
    if (bytes.length === 0) {
      if (final) mode = "pass";
      return;
    }
    const at = bytes.indexOf(HEAD_END);
    if (at === -1 && !final) return;
    held = [];
    mode = "pass";
    const split = at === -1 ? bytes.length : at + HEAD_END.length;
    const head = deferFrameworkScripts(bytes.subarray(0, split).toString("utf8"));
    original.write.call(res, Buffer.concat([Buffer.from(head, "utf8"), bytes.subarray(split)]));
  };

  res.writeHead = function writeHead(status, ...rest) {
    const message = typeof rest[0] === "string" ? rest.shift() : undefined;
    setHeadersFrom(res, rest[0]);
    decide();
    return message === undefined
      ? original.writeHead.call(res, status)
      : original.writeHead.call(res, status, message);
  };

  res.write = function write(chunk, encoding, callback) {
    decide();
    if (mode === "pass") return original.write.call(res, chunk, encoding, callback);
    held.push(toBuffer(chunk, encoding));
    release(false);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };

  res.end = function end(chunk, encoding, callback) {
    decide();
    if (mode === "pass") return original.end.call(res, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      held.push(toBuffer(chunk, encoding));
    }
    release(true);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    return original.end.call(res, done);
  };
}
