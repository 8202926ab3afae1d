import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";

/** What the page changed in the search it was given, and why (bad filters, a cut query). */
export function SearchNotices({ notices, truncated }: { notices: readonly string[]; truncated: boolean }) {
  const all = truncated
    ? [`Only the first ${MAX_QUERY_LENGTH} characters of your search were used.`, ...notices]
    : notices;
  if (all.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {all.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
