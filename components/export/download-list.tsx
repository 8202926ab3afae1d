import type { Episode } from "@/lib/model/episode-schema";
import { EXPORTS } from "@/lib/export/export-formats";
import { availableExports } from "@/lib/export/render-export";

/** The episode's downloadable exports (only those with content), each a static file. */
export function DownloadList({ episode }: { episode: Episode }) {
  const formats = availableExports(episode);
  if (formats.length === 0) return null;
  return (
    <section aria-labelledby="download-heading">
      <h2 id="download-heading" className="mb-2 text-xl font-semibold">
        Download
      </h2>
      <ul className="flex flex-wrap gap-2">
        {formats.map((format) => {
          const info = EXPORTS[format];
          return (
            <li key={format}>
              <a
                href={`/episodes/${episode.slug}/${info.path}`}
                download={info.fileName(episode.slug)}
                className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:text-indigo-300 dark:hover:bg-slate-800"
              >
                {info.label}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
