"use client";

import { buildMomentUrl, formatQuoteText } from "@/lib/links/build-share-url";
import { momentToShare } from "@/lib/sync/moment-to-share";
import { copyAndSay, shareAndSay } from "./share-actions";
import { playerStore } from "@/lib/player/player-store";
import { QuoteToolbar } from "./quote-toolbar";
import { readingArea } from "@/lib/sync/reading-area";
import { useQuoteSelection, type ActiveQuote } from "./use-quote-selection";
import { useState } from "react";
import { ClipDialog, type ClipDraft } from "@/components/clips/clip-dialog";

/** The clip a selected quote makes: none unless it covers a timed sentence (a range to play). */
function toClipDraft({ text, speaker, start, link }: ActiveQuote): ClipDraft | undefined {
  if (start === undefined || link?.end === undefined) return undefined;
  const draft = { text, start, link: { start: link.start, end: link.end } };
  return speaker ? { ...draft, speaker } : draft;
}

export interface ShareIslandProps {
  slug: string;
  episodeTitle: string;
}

/**
 * "Copy link to this moment" (the playhead while playing, else the passage at the reading
 * position: see momentToShare) and, while text of the
 * transcript is selected, a floating toolbar to copy or share the quote with a link to its
 * range. Results show in the page's message region (ToastRegionIsland), in view and announced.
 */
export function ShareIsland({ slug, episodeTitle }: ShareIslandProps) {
  const { quote, dismiss } = useQuoteSelection();
  const [clip, setClip] = useState<ClipDraft | null>(null);

  const copy = (text: string, done: string, link: string) =>
    copyAndSay(text, done, `Copying is not allowed here. The link is ${link}`);

  const copyMoment = () => {
    const { time, positioned, paused } = playerStore.getSnapshot();
    const moment = momentToShare({
      transcript: document.getElementById("transcript"),
      time,
      playing: !paused,
      positioned,
      ...readingArea(),
    });
    const url = buildMomentUrl(window.location.origin, slug, moment);
    void copy(url, "Link copied", url);
  };

  const quoteParts = () => {
    if (!quote) return undefined;
    const url = buildMomentUrl(window.location.origin, slug, quote.link?.start, quote.link?.end);
    const base = { text: quote.text, speaker: quote.speaker, episodeTitle, start: quote.start };
    return { url, base };
  };

  const copyQuote = () => {
    const parts = quoteParts();
    if (parts)
      void copy(formatQuoteText({ ...parts.base, url: parts.url }), "Quote and link copied", parts.url);
  };

  const shareQuote = () => {
    const parts = quoteParts();
    if (parts) void shareAndSay({ title: episodeTitle, text: formatQuoteText(parts.base), url: parts.url });
  };

  const draft = quote ? toClipDraft(quote) : undefined;
  const makeClip = draft
    ? () => {
        setClip(draft);
        dismiss();
      }
    : undefined;

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copyMoment}
        className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path
            d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L10 5M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1"
            strokeLinecap="round"
          />
        </svg>
        Copy link to this moment
      </button>
      {quote && (
        <QuoteToolbar
          rect={quote.rect}
          onCopy={copyQuote}
          onShare={shareQuote}
          {...(makeClip ? { onClip: makeClip } : {})}
          onDismiss={dismiss}
        />
      )}
      {clip && (
        <ClipDialog slug={slug} episodeTitle={episodeTitle} draft={clip} onClose={() => setClip(null)} />
      )}
    </div>
  );
}
