import "server-only";
import { getCatalogue } from "@/lib/content/load-episodes";
import { searchLibrary } from "@/lib/search/store/get-library-search";
import { isSearchUnavailable, type LibrarySearchResult } from "@/lib/search/engine/library-query";
import type { SearchPageState } from "@/lib/links/search-params";
import { listShows } from "@/lib/view/library-page";
import type { SearchFilterChoices } from "./library-search-form";

export type SearchOutcome =
  | { kind: "idle" }
  | { kind: "results"; result: LibrarySearchResult }
  | { kind: "unavailable"; message: string };

/** The filters' choices, from the catalogue (no engine needed to draw the form). */
function filterChoices(): SearchFilterChoices {
  const { episodes } = getCatalogue();
  const speakers = [...new Set(episodes.flatMap((e) => e.speakers))].sort((a, b) => a.localeCompare(b, "en"));
  const days = episodes.flatMap((e) => (e.published ? [e.published] : [])).sort();
  const first = days[0];
  const last = days.at(-1);
  return { shows: listShows(episodes), speakers, ...(first && last ? { published: { first, last } } : {}) };
}

/**
 * Runs the search page's query: the form's choices, the engine's answer, and notices for filters
 * that name nothing. Never throws: an engine that cannot answer is an "unavailable" outcome with
 * what to do (the real error goes to the server log), so a search is never a 500.
 */
export async function runLibrarySearch(
  state: SearchPageState,
): Promise<{ choices: SearchFilterChoices; outcome: SearchOutcome; notices: string[] }> {
  const choices = filterChoices();
  const notices: string[] = [];
  const show = state.show === undefined ? undefined : choices.shows.find((s) => s.slug === state.show);
  if (state.show !== undefined && !show)
    notices.push(`There is no show “${state.show}”, so every show was searched.`);
  if (!state.query) return { choices, outcome: { kind: "idle" }, notices };
  try {
    const result = await searchLibrary({
      text: state.query,
      sort: state.sort,
      page: state.page,
      ...(show ? { show: show.name } : {}),
      ...(state.speaker ? { speaker: state.speaker } : {}),
      ...(state.from ? { from: state.from } : {}),
      ...(state.to ? { to: state.to } : {}),
    });
    return { choices, outcome: { kind: "results", result }, notices };
  } catch (error) {
    if (isSearchUnavailable(error))
      return { choices, outcome: { kind: "unavailable", message: error.message }, notices };
    console.error("library search failed:", error);
    return {
      choices,
      outcome: { kind: "unavailable", message: "The search failed on our side; try again in a moment." },
      notices,
    };
  }
}
