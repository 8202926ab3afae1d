import type { Episode, Sentence } from "@/lib/model/episode-schema";
import { listChapters, pickNav } from "@/lib/view/pick-nav";
import { getDrawerLabel } from "@/lib/view/drawer-label";
import { EpisodeHeader } from "./episode-header";
import { SectionNav } from "./section-nav";
import { KeyPointList } from "./key-point-list";
import { BlockList } from "./block-list";
import { ChapterList } from "./chapter-list";
import { HighlightList } from "./highlight-list";
import { EpisodeMap } from "./episode-map";
import { SideDrawerIsland } from "./side-drawer-island";
import { TranscriptView } from "@/components/transcript/transcript-view";
import { OutsideMaterial } from "@/components/transcript/outside-material";
import { NotesView } from "@/components/transcript/notes-view";
import { PlayerIsland } from "@/components/player/player-island";
import { StickyPlayerOffsetIsland } from "@/components/player/sticky-player-offset-island";
import { TranscriptSyncIsland } from "@/components/sync/transcript-sync-island";
import { ShareIsland } from "@/components/sync/share-island";
import { EpisodeSearchIsland } from "@/components/search/episode-search-island";
import { DownloadList } from "@/components/export/download-list";
import { MiniPlayer } from "@/components/player/mini-player";
import type { PersonSlugs } from "@/lib/view/people-index";
import type { Clip } from "@/lib/view/resolve-clip";
import { ClipBanner } from "@/components/clips/clip-banner";

function indexSentences(episode: Episode): Map<string, Sentence> {
  const map = new Map<string, Sentence>();
  for (const turn of episode.transcript.turns)
    for (const p of turn.paragraphs) for (const s of p.sentences) map.set(s.id, s);
  return map;
}

/**
 * The episode page: a compact header and the player, then the transcript (or notes) as the page,
 * with sections and key points in a side column on wide screens and a drawer above the text on
 * narrow ones, so that the first sentence shows in the first screen. With `people`, speakers'
 * names link to their pages. With `clip` (a clip page), the clip heads the page, its words are
 * marked and it plays from its start to its end.
 */
export function EpisodePage({
  episode,
  people,
  clip,
}: {
  episode: Episode;
  people?: PersonSlugs;
  clip?: Clip;
}) {
  const hasTranscript = episode.transcript.turns.length > 0;
  const nav = pickNav(episode);
  const drawerLabel = getDrawerLabel(
    nav.items.length > 0 ? nav.label : undefined,
    episode.keyPoints.length,
    episode.highlights.length,
  );
  return (
    <article className="space-y-4 lg:space-y-6">
      <EpisodeHeader episode={episode} {...(people ? { people } : {})} />
      {clip && <ClipBanner clip={clip} />}
      {/* On wide screens the player sticks to the top: a compact video beside its controls, so
          that it covers a quarter of the screen rather than half (--sticky-top, globals.css). */}
      <div
        data-player-root=""
        className="z-20 -mx-4 bg-white px-4 py-2 sm:mx-0 sm:px-0 lg:sticky lg:top-0 lg:flex lg:items-start lg:gap-x-6 dark:bg-slate-950"
      >
        <StickyPlayerOffsetIsland />
        <PlayerIsland
          media={episode.media}
          duration={episode.duration}
          episodeTitle={episode.title}
          slug={episode.slug}
        />
        <div className="min-w-0 lg:flex-1">
          <EpisodeMap episode={episode} />
          {(hasTranscript || episode.notes.length > 0 || episode.chapters.length > 0) && (
            <EpisodeSearchIsland
              slug={episode.slug}
              duration={episode.duration}
              label={
                hasTranscript
                  ? "Search transcript"
                  : episode.notes.length > 0
                    ? "Search notes"
                    : "Search chapters"
              }
            />
          )}
          <ShareIsland slug={episode.slug} episodeTitle={episode.title} />
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8">
        {drawerLabel && (
          <SideDrawerIsland
            label={drawerLabel}
            className="lg:sticky lg:top-[calc(var(--sticky-top)+1rem)] lg:max-h-[calc(100vh-var(--sticky-top)-var(--mini-player-h,0px)-2rem)] lg:self-start lg:overflow-y-auto"
          >
            <SectionNav items={nav.items} label={nav.label} />
            <KeyPointList keyPoints={episode.keyPoints} sentences={indexSentences(episode)} />
            <HighlightList episode={episode} />
          </SideDrawerIsland>
        )}
        <div className="min-w-0 space-y-6">
          <OutsideMaterial episode={episode} />
          {hasTranscript && <TranscriptView episode={episode} {...(people ? { people } : {})} />}
          <NotesView notes={episode.notes} />
          {!hasTranscript && (
            <ChapterList chapters={listChapters(episode.chapters)} main={episode.notes.length === 0} />
          )}
          <BlockList blocks={episode.blocks} />
          <DownloadList episode={episode} />
        </div>
      </div>
      <TranscriptSyncIsland
        slug={episode.slug}
        duration={episode.duration}
        {...(clip ? { clip: { link: clip.link, from: clip.quote.start, until: clip.stopAt } } : {})}
      />
      <MiniPlayer episode={episode} />
    </article>
  );
}
