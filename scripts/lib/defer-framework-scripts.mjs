// The framework's scripts (React, Next's router, the page's islands) load after the page's first
// paint instead of beside the HTML.
//
// Next puts every chunk in <head> as `<script src async>`, so the browser fetches ~130 KB of
// framework while it is still reading a long transcript's HTML. The reader sees nothing sooner for
// it: the text is server-rendered and the scripts only make it interactive. Measured on a
// three-hour episode (Lighthouse, mobile): 89–92 as Next emits it, 96–99 with the same chunks
// loaded one frame after the first paint, 100 with no scripts at all. Next has no option for
// this, so the server rewrites the head of each HTML page (see serve.mjs and the static export).
//
// The chunks are independent (webpack loads them in any order and waits for what it needs), so
// they are re-created as the same async scripts, in the same order, by a small inline loader.

const FRAMEWORK_SRC = /^\/_next\/static\//;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const PRELOAD_TAG = /<link\b([^>]*)\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:="([^"]*)")?/g;

/** The attributes of a tag's attribute text, in order, values entity-decoded where Next encodes. */
function readAttributes(text) {
  const attributes = [];
  for (const [, name, value = ""] of text.matchAll(ATTRIBUTE)) {
    attributes.push([name.toLowerCase(), value.replaceAll("&amp;", "&").replaceAll("&quot;", '"')]);
  }
  return attributes;
}

const valueOf = (attributes, name) => attributes.find(([key]) => key === name)?.[1];

function isFrameworkScript(attributes) {
  const src = valueOf(attributes, "src");
  // A `nomodule` script never runs in a browser that runs the loader; it stays as it is.
  return src !== undefined && FRAMEWORK_SRC.test(src) && valueOf(attributes, "nomodule") === undefined;
}

function isFrameworkPreload(attributes) {
  const href = valueOf(attributes, "href");
  return (
    valueOf(attributes, "rel") === "preload" &&
    valueOf(attributes, "as") === "script" &&
    href !== undefined &&
    FRAMEWORK_SRC.test(href)
  );
}

/**
 * The loader appends each script with its attributes after the first frame, or when the document
 * is parsed if that comes first (a short page), or at once in a hidden tab, which draws no frames.
 * Either way before the `load` event, which then waits for them as it waited for Next's own tags:
 * a page that has loaded is as ready for input as before. The list is JSON with `<` escaped, so no
 * value can end the inline script.
 */
function loaderScript(scripts) {
  const list = JSON.stringify(scripts).replaceAll("<", "\\u003c");
  return (
    "<script data-framework-loader>(function(l){var d=0;function go(){if(d)return;d=1;l.forEach(function(a){" +
    'var s=document.createElement("script");a.forEach(function(p){s.setAttribute(p[0],p[1])});' +
    "s.async=true;document.head.appendChild(s)})}if(document.hidden)go();else{" +
    'requestAnimationFrame(function(){setTimeout(go,0)});document.addEventListener("DOMContentLoaded",go)}})(' +
    list +
    ")</script>"
  );
}

/**
 * Rewrites an HTML document's head (everything up to `</head>`): removes the framework's script
 * tags and their preloads and adds the loader that brings them back after the first paint. A head
 * without framework scripts is returned as it is.
 */
export function deferFrameworkScripts(head) {
  const scripts = [];
  let rewritten = head.replace(SCRIPT_TAG, (tag, text) => {
    const attributes = readAttributes(text);
    if (!isFrameworkScript(attributes)) return tag;
    scripts.push(attributes.filter(([name]) => name !== "async"));
    return "";
  });
  if (scripts.length === 0) return head;
  rewritten = rewritten.replace(PRELOAD_TAG, (tag, text) =>
    isFrameworkPreload(readAttributes(text)) ? "" : tag,
  );
  const end = rewritten.lastIndexOf("</head>");
  const at = end === -1 ? rewritten.length : end;
  return rewritten.slice(0, at) + loaderScript(scripts) + rewritten.slice(at);
}

const LOADER_LIST = /<script data-framework-loader>\(function\(l\)[^<]*?\}\)\((\[[^<]*\])\)<\/script>/;

/** Every script a page loads by itself: its `<script src>` tags and those its loader adds. */
export function listPageScripts(html) {
  const list = LOADER_LIST.exec(html)?.[1];
  const tags = [...html.matchAll(SCRIPT_TAG)].map(([, text]) => readAttributes(text));
  return [...tags, ...(list ? JSON.parse(list) : [])]
    .map((attributes) => valueOf(attributes, "src"))
    .filter((src) => src !== undefined);
}
