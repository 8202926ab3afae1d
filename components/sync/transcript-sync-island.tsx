"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { startTranscriptSync, type TranscriptSync as SyncHandle } from "@/lib/sync/start-transcript-sync";
import { playerStore } from "@/lib/player/player-store";
import { parseWordStarts } from "@/lib/view/word-starts";
import { hasLinkParams, type LinkLocation } from "@/lib/links/has-link-params";
import { loadLinkValidators } from "@/lib/links/load-link-validators";
import type { PageClip } from "@/lib/sync/follow-deep-links";
import { BackToNowButton } from "./back-to-now-button";
import { ShortcutsDialog } from "./shortcuts-dialog";

export interface TranscriptSyncIslandProps {
  /** The episode's slug: its word times are at `/episodes/<slug>/word-starts.json`. */
  slug: string;
  /** The episode's duration (s), when known: bounds deep links and seeks. */
  duration?: number;
  /** On a clip page: the clip, which the page opens on and plays to its end. */
  clip?: PageClip;
}

const isPaused = () => playerStore.getSnapshot().paused;

async function loadWordStarts(slug: string): Promise<ReadonlyMap<string, string>> {
  const response = await fetch(`/episodes/${encodeURIComponent(slug)}/word-starts.json`);
  if (!response.ok) throw new Error(`word starts: HTTP ${response.status}`);
  return parseWordStarts(await response.json());
}

/** The deep-linked time of a location; the validator loads only for a link that has one. */
async function readDeepLink(location: LinkLocation, duration: number | undefined) {
  if (!hasLinkParams(location)) return undefined;
  const { parseTimeFromLocation } = await loadLinkValidators();
  return parseTimeFromLocation(location, duration);
}

/** Added to `#transcript` once synced: timed sentences are clickable. */
const SYNCED_CLASSES = ["[&_[data-sentence][data-start]]:cursor-pointer"];

/**
 * Syncs the server-rendered transcript with playback (highlight, follow mode, click to play,
 * keyboard shortcuts, deep links) through direct DOM updates: playback never re-renders the
 * transcript. Renders only the "Back to now" button (while playing and not following) and the
 * keyboard shortcuts dialog (`?`).
 */
export function TranscriptSyncIsland({ slug, duration, clip }: TranscriptSyncIslandProps) {
  const [following, setFollowing] = useState(true);
  const paused = useSyncExternalStore(playerStore.subscribe, isPaused, () => true);
  const syncRef = useRef<SyncHandle | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const transcript = document.getElementById("transcript");
    const sync = startTranscriptSync({
      win: window,
      store: playerStore,
      duration,
      loadWordStarts: () => loadWordStarts(slug),
      readDeepLink: (location) => readDeepLink(location, duration),
      ...(clip ? { pageClip: clip } : {}),
      onFollowChange: setFollowing,
      isHelpOpen: () => dialogRef.current?.open ?? false,
      onToggleHelp: () => {
        const dialog = dialogRef.current;
        if (!dialog) return;
        if (dialog.open) dialog.close();
        else dialog.showModal();
      },
    });
    syncRef.current = sync;
    // After starting: the class restyles the whole transcript, and the start reads the scroll
    // position, which would make that restyle happen at once, in this task.
    transcript?.classList.add(...SYNCED_CLASSES);
    // Says the transcript answers clicks and keys now: a click before this (the page still
    // loading its scripts) does nothing, and tests wait for it rather than race it.
    transcript?.setAttribute("data-synced", "");
    return () => {
      transcript?.classList.remove(...SYNCED_CLASSES);
      transcript?.removeAttribute("data-synced");
      sync.destroy();
      syncRef.current = null;
    };
  }, [slug, duration, clip]);

  return (
    <>
      {!following && !paused && <BackToNowButton onClick={() => syncRef.current?.backToNow()} />}
      <ShortcutsDialog ref={dialogRef} />
    </>
  );
}
