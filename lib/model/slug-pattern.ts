// Kept apart from slugify.ts (github-slugger) so browser code can check a slug for nothing.

/** An episode slug (a folder name, a URL segment): lowercase letters and digits, single dashes between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
