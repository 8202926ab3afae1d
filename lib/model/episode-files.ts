/** An episode's source folder as read from disk (lib/content) and given to the pure build. */
export interface EpisodeFiles {
  slug: string;
  /** Path of the episode's source folder, used to name files in issues. */
  dir: string;
  /** Every file of the folder except the manifest, sorted by name. */
  files: { name: string; bytes: Uint8Array }[];
  /** Raw text of `episode.json`, when present. */
  manifest?: string;
}
