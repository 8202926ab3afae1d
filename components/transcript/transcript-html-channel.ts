/**
 * Hands the transcript's HTML from the server component that builds it to the server-side render
 * of `TranscriptBody`, beside React rather than through props: props are serialised into the page's
 * React payload, which would send the transcript a second time. Both renders run in the same
 * server process (in separate module graphs, hence `globalThis`); the server component always
 * offers before the render that reads it. Bounded: only recently rendered episodes are kept.
 */

const KEY = Symbol.for("episode-explorer.transcript-html");
const LIMIT = 16;

type Holder = { [KEY]?: Map<string, string> };

function channel(): Map<string, string> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
}

/** Makes `html` the transcript of `slug` for the server-side render that follows. */
export function offerTranscriptHtml(slug: string, html: string): void {
  const map = channel();
  map.delete(slug);
  map.set(slug, html);
  for (const oldest of map.keys()) {
    if (map.size <= LIMIT) break;
    map.delete(oldest);
  }
}

/** The transcript offered for `slug`, if any (on the server; always undefined in a browser). */
export function takeTranscriptHtml(slug: string): string | undefined {
  return channel().get(slug);
}
