"use client";

import { useEffect, useId, useRef, useState } from "react";
import { copyAndSay, shareAndSay } from "@/components/sync/share-actions";
import { useCanShare } from "@/components/sync/use-can-share";
import { buildClipUrl } from "@/lib/links/build-share-url";
import { MAX_CLIP_TITLE, suggestClipTitle } from "@/lib/links/clip-title";
import { formatClock } from "@/lib/time/format-time";
import { shortenText } from "@/lib/text/shorten-text";

/** A selected quote, ready to become a clip: its words and the times of its range link (s). */
export interface ClipDraft {
  text: string;
  speaker?: string;
  /** The first selected sentence's start (s), shown as the clip's time. */
  start: number;
  /** The range link's times: what the clip's id carries. */
  link: { start: number; end: number };
}

export interface ClipDialogProps {
  slug: string;
  episodeTitle: string;
  draft: ClipDraft;
  onClose: () => void;
}

const BUTTON =
  "inline-flex h-9 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const SECONDARY = `${BUTTON} border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800`;

/**
 * "Make a clip" from the selected quote, in a native modal dialog: the words, a title (suggested
 * from them, editable) and the clip's link, to copy, share or open. Escape or Cancel closes it.
 */
export function ClipDialog({ slug, episodeTitle, draft, onClose }: ClipDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [title, setTitle] = useState(() => suggestClipTitle(draft.text));
  const share = useCanShare();
  const url = buildClipUrl(window.location.origin, slug, draft.link.start, draft.link.end, title);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async () => {
    const failed = `Copying is not allowed here. The clip's link is ${url}`;
    if (await copyAndSay(url, "Clip link copied", failed)) ref.current?.close();
  };
  const shareClip = async () => {
    if (await shareAndSay({ title: title || episodeTitle, text: `“${draft.text}”`, url }))
      ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${titleId}-heading`}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={`${titleId}-heading`} className="text-lg font-semibold">
        Make a clip
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {[draft.speaker, formatClock(draft.start)].filter(Boolean).join(" · ")}
      </p>
      <blockquote className="mt-3 border-l-4 border-indigo-300 pl-3 text-slate-700 dark:border-indigo-700 dark:text-slate-300">
        “{shortenText(draft.text, 280)}”
      </blockquote>
      <label htmlFor={titleId} className="mt-4 block text-sm font-medium">
        Title
      </label>
      <input
        id={titleId}
        value={title}
        maxLength={MAX_CLIP_TITLE}
        onChange={(event) => setTitle(event.target.value)}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-950"
      />
      <p className="mt-3 break-all text-sm text-slate-600 dark:text-slate-400">{url}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void copy()}
          className={`${BUTTON} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300`}
        >
          Copy clip link
        </button>
        {share && (
          <button type="button" onClick={() => void shareClip()} className={SECONDARY}>
            Share
          </button>
        )}
        <a href={url} className={SECONDARY}>
          Open clip
        </a>
        <button type="button" onClick={() => ref.current?.close()} className={SECONDARY}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
