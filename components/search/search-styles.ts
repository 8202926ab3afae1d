/**
 * Classes of the elements the search adds to the server-rendered page (written out in full so
 * Tailwind finds them). Marks keep dark text on a light background in both themes.
 */
export const MARK_CLASS =
  "rounded-sm bg-yellow-200 text-slate-950 dark:bg-yellow-300 data-current:bg-orange-300 data-current:ring-2 data-current:ring-orange-600";

/** Added to the element of the current hit (a ring: sentences drop outlines). */
export const CURRENT_HIT_CLASSES = ["rounded-sm", "ring-2", "ring-orange-500", "dark:ring-orange-400"];
