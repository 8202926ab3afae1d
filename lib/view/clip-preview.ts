import type { Episode } from "../model/episode-schema";
import { formatClock } from "../time/format-time";
import { shortenText } from "../text/shorten-text";
import { clipPath, type Clip } from "./resolve-clip";
import type { SharePreview } from "./share-preview";

/** The longest quote put in a clip's description, in characters. */
const MAX_DESCRIPTION_QUOTE = 200;

/**
 * What a clip's link unfurls to: its title, the words with their speaker and time, and its quote
 * card (`/clips/<id>/card.png`: a file, so the static copy saves it too). The clip is a view of
 * the episode, which stays the canonical page.
 */
export function clipPreview(episode: Episode, clip: Clip): SharePreview {
  const who = clip.quote.speaker ?? "Quote";
  const at = formatClock(clip.quote.start);
  const show = episode.show ? ` (${episode.show})` : "";
  const words = shortenText(clip.quote.text, MAX_DESCRIPTION_QUOTE);
  return {
    pageTitle: `${clip.title} · ${episode.title}`,
    title: clip.title,
    description: `“${words}” — ${who} at ${at} in ${episode.title}${show}`,
    path: clipPath(clip),
    canonicalPath: `/episodes/${encodeURIComponent(episode.slug)}`,
    image: { path: `/clips/${clip.id}/card.png`, alt: `“${shortenText(words, 120)}” — ${who}, ${at}` },
  };
}
