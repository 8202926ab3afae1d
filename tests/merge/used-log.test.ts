import { describe, expect, it } from "vitest";
import { sourceSchema, sourceUseSchema } from "@/lib/model/episode-schema";
import { UsedLog } from "@/lib/merge/used-log";

const source = (used: unknown[]) => ({
  id: "a.txt",
  format: "plain-text",
  sha256: "0".repeat(64),
  bytes: 1,
  used,
});

describe("UsedLog", () => {
  it("keeps each source's labels in first-use order, without duplicates, and hands out copies", () => {
    const log = new UsedLog();
    log.add("a.vtt", "times");
    log.add("a.vtt", "clock", "times");
    log.add("b.txt", "words");
    log.add("a.vtt", "voices");
    const labels = log.get("a.vtt");
    expect(labels).toEqual(["times", "clock", "voices"]);
    labels.push("notes");
    expect(log.get("a.vtt")).toEqual(["times", "clock", "voices"]);
    expect(log.get("b.txt")).toEqual(["words"]);
    expect(log.get("c.md")).toEqual([]);
  });
});

describe("sources[].used: a closed set of labels defined once in the schema", () => {
  it("GOOD: every label the merge records is accepted", () => {
    expect(sourceSchema.safeParse(source([...sourceUseSchema.options])).success).toBe(true);
  });

  it("BAD: a free string (a typo, an unknown kind of provenance) is rejected", () => {
    for (const label of ["word", "Times", "key-points", "", "speakers"])
      expect(sourceSchema.safeParse(source([label])).success).toBe(false);
  });
});
