import type { Ref } from "react";

export interface YouTubePosterProps {
  ref?: Ref<HTMLButtonElement>;
  title: string;
  loading: boolean;
  onPlay: () => void;
}

/** The "Play video" button shown instead of the embed: a neutral gradient, nothing from YouTube. */
export function YouTubePoster({ ref, title, loading, onPlay }: YouTubePosterProps) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onPlay}
      aria-busy={loading || undefined}
      className="group absolute inset-0 flex flex-col items-center justify-center gap-3 p-4 text-center text-white focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-amber-300"
    >
      <span
        aria-hidden="true"
        className="flex h-14 w-14 items-center justify-center rounded-full bg-white/15 ring-2 ring-white/70 group-hover:bg-white/25"
      >
        <svg viewBox="0 0 24 24" className={`ml-1 h-7 w-7 fill-current ${loading ? "animate-pulse" : ""}`}>
          <path d="M8 5v14l11-7z" />
        </svg>
      </span>
      <span className="text-lg font-semibold">{loading ? "Loading video…" : "Play video"}</span>
      <span className="line-clamp-2 max-w-prose text-sm text-slate-100">{title}</span>
    </button>
  );
}
