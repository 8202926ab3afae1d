export type LinkValidators = typeof import("./link-validators");

let loading: Promise<LinkValidators> | undefined;

/**
 * Loads the zod validators for URL parameters (once; later calls share the same chunk). Callers
 * first ask `hasLinkParams` (lib/links/has-link-params.ts) whether there is anything to validate.
 */
export function loadLinkValidators(): Promise<LinkValidators> {
  // A failed download (offline) is not remembered: the next link tries again.
  loading ??= import("./link-validators").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
