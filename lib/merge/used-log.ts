import type { SourceUse } from "../model/episode-schema";

/**
 * Records what the merge took from each source (`sources[].used`), keeping
 * first-use order and no duplicates. Labels are the schema's closed set
 * ({@link SourceUse}), so a stage cannot record a label the model rejects.
 */
export class UsedLog {
  private readonly entries = new Map<string, SourceUse[]>();

  /**
   * Note that `what` (e.g. "words", "times") was taken from `sourceId`.
   * @param sourceId a source id
   * @param what one or more labels
   */
  add(sourceId: string, ...what: SourceUse[]): void {
    const list = this.entries.get(sourceId) ?? [];
    for (const w of what) if (!list.includes(w)) list.push(w);
    this.entries.set(sourceId, list);
  }

  /**
   * Labels recorded for a source, in first-use order (a copy).
   * @param sourceId a source id
   */
  get(sourceId: string): SourceUse[] {
    return [...(this.entries.get(sourceId) ?? [])];
  }
}
