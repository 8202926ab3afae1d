/** The id of /search's own form (library-search-form.tsx), which the static copy's island answers. */
export const LIBRARY_SEARCH_FORM_ID = "library-search-form";
