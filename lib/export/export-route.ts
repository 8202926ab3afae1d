import { getEpisode } from "../content/load-episodes";
import { EXPORTS, type ExportFormat } from "./export-formats";
import { availableExports, renderExport } from "./render-export";
import { siteOrigin } from "./site-origin";

type RouteContext = { params: Promise<{ slug: string }> };

/**
 * The route handler of one export (`app/episodes/[slug]/<file>/route.ts`), rendered on request:
 * `GET` serves the file with its media type and a download file name, or 404 for an unknown
 * episode or one without this export.
 *
 * @param format Which export the route serves.
 */
export function exportRoute(format: ExportFormat): {
  GET: (request: Request, context: RouteContext) => Promise<Response>;
} {
  const info = EXPORTS[format];
  return {
    GET: async (_request, { params }) => {
      const episode = getEpisode((await params).slug);
      if (!episode || !availableExports(episode).includes(format)) {
        return new Response("Not found", {
          status: 404,
          headers: { "content-type": "text/plain; charset=utf-8" },
        });
      }
      return new Response(renderExport(episode, format, { origin: siteOrigin() }), {
        headers: {
          "content-type": info.contentType,
          "content-disposition": `attachment; filename="${info.fileName(episode.slug)}"`,
        },
      });
    },
  };
}
