import type { CSSProperties } from "react";
import { useCanShare } from "./use-can-share";
import type { SelectionRect } from "./use-quote-selection";

export interface QuoteToolbarProps {
  /** The selection's box (viewport px). */
  rect: SelectionRect;
  onCopy: () => void;
  onShare: () => void;
  /** Makes a clip of the quote; absent when no selected sentence is timed. */
  onClip?: () => void;
  onDismiss: () => void;
}

/**
 * The floating toolbar for a selected quote: above the selection (below it near the top of the
 * viewport) on wide screens, fixed at the bottom on narrow ones. Pressing it keeps the selection.
 */
export function QuoteToolbar({ rect, onCopy, onShare, onClip, onDismiss }: QuoteToolbarProps) {
  const share = useCanShare();
  const below = rect.top < 120;
  const style = {
    "--quote-top": `${below ? rect.bottom + 8 : rect.top - 8}px`,
    "--quote-left": `${rect.left + rect.width / 2}px`,
  } as CSSProperties;
  const button =
    "rounded px-3 py-1.5 text-sm font-medium hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-300";
  return (
    <div
      role="group"
      aria-label="Quote"
      style={style}
      onMouseDown={(event) => event.preventDefault()}
      className={`fixed inset-x-2 bottom-[calc(var(--mini-player-h,0px)+0.5rem)] z-40 flex justify-center gap-1 rounded-lg bg-slate-900 p-1 text-white shadow-xl sm:inset-x-auto sm:bottom-auto sm:top-(--quote-top) sm:left-[clamp(8rem,var(--quote-left),calc(100vw-8rem))] sm:-translate-x-1/2 dark:bg-slate-100 dark:text-slate-900 ${below ? "" : "sm:-translate-y-full"}`}
    >
      <button type="button" onClick={onCopy} className={button}>
        Copy link to quote
      </button>
      {onClip && (
        <button type="button" onClick={onClip} className={button}>
          Clip
        </button>
      )}
      {share && (
        <button type="button" onClick={onShare} className={button}>
          Share
        </button>
      )}
      <button type="button" onClick={onDismiss} className={button} aria-label="Close quote toolbar">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
