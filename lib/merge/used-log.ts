/**
 * Records what the merge took from each source (`sources[].used`), keeping
 * first-use order and no duplicates.
 */
export class UsedLog {
  private readonly entries = new Map<string, string[]>();

  /**
   * Note that `what` (e.g. "words", "times") was taken from `sourceId`.
   * @param sourceId a source id
   * @param what one or more labels
   */
  add(sourceId: string, ...what: string[]): void {
    const list = this.entries.get(sourceId) ?? [];
    for (const w of what) if (!list.includes(w)) list.push(w);
    this.entries.set(sourceId, list);
  }

  /**
   * Labels recorded for a source, in first-use order (a copy).
   * @param sourceId a source id
   */
  get(sourceId: string): string[] {
    return [...(this.entries.get(sourceId) ?? [])];
  }
}
