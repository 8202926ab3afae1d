import { useEffect, useRef } from "react";
import { createHtmlMediaAdapter } from "@/lib/player/html-media-adapter";
import { playerStore } from "@/lib/player/player-store";

export interface FilePlayerProps {
  kind: "audio" | "video";
  src: string;
  /** mediaTime = episodeTime − offset (s). */
  offset: number;
  title: string;
}

/** A native `<audio controls>` / `<video controls>` wrapped by the HTML media adapter. */
export function FilePlayer({ kind, src, offset, title }: FilePlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const element = audioRef.current ?? videoRef.current;
    if (!element) return;
    const adapter = createHtmlMediaAdapter(element, { offset });
    const detach = playerStore.attach(adapter);
    return () => {
      detach();
      adapter.destroy();
    };
  }, [offset, src]);

  if (kind === "audio") {
    return (
      <audio
        ref={audioRef}
        src={src}
        controls
        preload="metadata"
        className="w-full lg:w-96 lg:shrink-0"
        aria-label={`Episode audio: ${title}`}
      >
        <a href={src}>Download the episode audio</a>
      </audio>
    );
  }
  return (
    <video
      ref={videoRef}
      src={src}
      controls
      playsInline
      preload="metadata"
      className="mx-auto aspect-video w-full max-w-[calc(40vh*16/9)] rounded-lg bg-black lg:w-96 lg:shrink-0"
      aria-label={`Episode video: ${title}`}
    >
      <a href={src}>Download the episode video</a>
    </video>
  );
}
