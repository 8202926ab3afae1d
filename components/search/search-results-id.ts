/** The id of /search's results: the static copy's island fills it, a pending search dims it. */
export const SEARCH_RESULTS_ID = "search-results";
