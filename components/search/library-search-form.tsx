import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import type { SearchPageState } from "@/lib/links/search-params";
import type { LibraryShow } from "@/lib/view/library-page";
import { DEFAULT_LIBRARY_SORT } from "@/lib/links/redundant-search-fields";
import { LIBRARY_SEARCH_FORM_ID } from "./library-search-form-id";
import { SearchPendingIsland } from "./search-pending-island";
import { SEARCH_RESULTS_ID } from "./search-results-id";
import { TidySearchFormIsland } from "./tidy-search-form-island";

const field =
  "h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
const label = "block text-sm font-medium text-slate-700 dark:text-slate-300";

/** Where the filters' choices come from: the library's shows, speakers and first/last day. */
export interface SearchFilterChoices {
  shows: LibraryShow[];
  speakers: string[];
  published?: { first: string; last: string };
}

/** A day of publication to filter by, within the library's first and last. */
function DayField(props: {
  id: string;
  name: string;
  label: string;
  value?: string;
  range?: { first: string; last: string };
}) {
  return (
    <div>
      <label htmlFor={props.id} className={label}>
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type="date"
        defaultValue={props.value ?? ""}
        min={props.range?.first}
        max={props.range?.last}
        className={field}
      />
    </div>
  );
}

/**
 * The library search form: the words, then filters (show, speaker, dates) and the order, all
 * plain GET fields, so every search is a URL that works without JavaScript (with it, the fields
 * left as they are drop out of the URL). A new search starts on its first page (no page field).
 * The filters fold away until one is in use.
 */
export function LibrarySearchForm({
  state,
  choices,
}: {
  state: SearchPageState;
  choices: SearchFilterChoices;
}) {
  const filtered = Boolean(
    state.show || state.speaker || state.from || state.to || state.sort !== DEFAULT_LIBRARY_SORT,
  );
  return (
    <form
      id={LIBRARY_SEARCH_FORM_ID}
      action="/search"
      method="get"
      role="search"
      aria-label="Episodes"
      className="max-w-3xl space-y-3"
    >
      <TidySearchFormIsland formId={LIBRARY_SEARCH_FORM_ID} />
      <div className="flex gap-2">
        <label htmlFor="library-search" className="sr-only">
          Search every episode
        </label>
        <input
          id="library-search"
          name="q"
          type="search"
          defaultValue={state.query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          placeholder="A phrase you remember, even half of it"
          className={`${field} flex-1 placeholder:text-slate-600 dark:placeholder:text-slate-400`}
        />
        <button
          type="submit"
          className="h-10 rounded-md bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
        >
          Search
        </button>
      </div>
      <SearchPendingIsland formId={LIBRARY_SEARCH_FORM_ID} resultsId={SEARCH_RESULTS_ID} />
      <details open={filtered} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium text-slate-800 dark:text-slate-200">
          Filters and order
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="search-show" className={label}>
              Show
            </label>
            <select id="search-show" name="show" defaultValue={state.show ?? ""} className={field}>
              <option value="">Every show</option>
              {choices.shows.map((show) => (
                <option key={show.slug} value={show.slug}>
                  {show.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-speaker" className={label}>
              Speaker
            </label>
            <input
              id="search-speaker"
              name="speaker"
              list="search-speakers"
              defaultValue={state.speaker ?? ""}
              maxLength={200}
              autoComplete="off"
              placeholder="Anyone"
              className={field}
            />
            <datalist id="search-speakers">
              {choices.speakers.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <DayField
            id="search-from"
            name="from"
            label="Published from"
            value={state.from}
            range={choices.published}
          />
          <DayField
            id="search-to"
            name="to"
            label="Published until"
            value={state.to}
            range={choices.published}
          />
          <div>
            <label htmlFor="search-sort" className={label}>
              Order
            </label>
            <select id="search-sort" name="sort" defaultValue={state.sort} className={field}>
              <option value="relevance">Best match first</option>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </div>
        </div>
      </details>
    </form>
  );
}
