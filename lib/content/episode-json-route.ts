import "server-only";
import type { Episode } from "../model/episode-schema";
import { getEpisode } from "./load-episodes";

type RouteContext = { params: Promise<{ slug: string }> };

/**
 * The route handler of a per-episode JSON file the page fetches (`search-index.json`,
 * `word-starts.json`), rendered on request: `GET` serves `build(episode)` as JSON (404 for an
 * unknown slug).
 *
 * @param build Makes the file's content from the episode model.
 */
export function episodeJsonRoute(build: (episode: Episode) => unknown): {
  GET: (request: Request, context: RouteContext) => Promise<Response>;
} {
  return {
    GET: async (_request, { params }) => {
      const episode = getEpisode((await params).slug);
      if (!episode) return new Response("Not found", { status: 404 });
      return Response.json(build(episode));
    },
  };
}
