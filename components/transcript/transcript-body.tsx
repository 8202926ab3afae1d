"use client";

import { use, useEffect, useState, useSyncExternalStore } from "react";
import { takeTranscriptHtml } from "./transcript-html-channel";

/** The transcript's HTML alone, for an in-app navigation (the page's own HTML had it otherwise). */
export const transcriptFragmentPath = (slug: string) =>
  `/episodes/${encodeURIComponent(slug)}/transcript.html`;

// One request per navigation: `use` needs the same promise each time the render is retried.
const fragments = new Map<string, Promise<string>>();

const noChange = () => () => {};

function loadFragment(slug: string): Promise<string> {
  let fragment = fragments.get(slug);
  if (!fragment) {
    fragment = fetch(transcriptFragmentPath(slug))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .catch(
        () =>
          `<p role="alert">The transcript could not be loaded: <a href="${transcriptFragmentPath(slug).replace(/\/transcript\.html$/, "")}">reload the page</a> to read it.</p>`,
      );
    fragments.set(slug, fragment);
  }
  return fragment;
}

/**
 * The transcript's text, sent once. On the server it is the HTML the server component built
 * (handed over by `transcript-html-channel.ts`, not in props: those go into the page's React
 * payload). Hydrating, it renders nothing and React keeps the server's DOM (the difference is
 * intended, hence `suppressHydrationWarning`); the islands work on that DOM by id. Mounted
 * without server DOM (an in-app navigation), it fetches the same HTML first: the navigation
 * waits for it, so the islands find the transcript in place when they start.
 */
export function TranscriptBody({ slug }: { slug: string }) {
  // React reads the server snapshot while rendering on the server and while hydrating, the client
  // one in a fresh mount: whether this instance started on server DOM, kept for its whole life.
  const hydrating = useSyncExternalStore(
    noChange,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  const html =
    typeof window === "undefined"
      ? (takeTranscriptHtml(slug) ?? "")
      : fromServer
        ? ""
        : use(loadFragment(slug));
  // Fetched once per navigation: a later visit asks again (the model may have been rebuilt).
  useEffect(() => void fragments.delete(slug), [slug]);

  return (
    <div
      className="space-y-5"
      suppressHydrationWarning
      // eslint-disable-next-line react/no-danger -- built by lib/view/transcript-html.ts, every text escaped
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
