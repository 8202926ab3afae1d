import { describe, expect, it } from "vitest";
import { detectFormat } from "../../lib/parse/detect-format";
import { SEEDS } from "./seeds";

describe("detectFormat: the seeds", () => {
  it.each([
    ["000 summary page", SEEDS.summaryPage, "summary-page"],
    ["001 plain text", SEEDS.plainText, "plain-text"],
    ["002 captions", SEEDS.vtt, "vtt"],
    ["003 notes", SEEDS.notes, "timestamped-notes"],
    ["004 show notes", SEEDS.showNotes, "show-notes"],
  ])("names %s", (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
    expect(detectFormat("\uFEFF" + text.replace(/\n/g, "\r\n"))).toBe(format);
  });
});

describe("detectFormat: small inputs", () => {
  it.each([
    ["WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi", "vtt"],
    ["\uFEFFWEBVTT - Title\n", "vtt"],
    ["WEBVTT", "vtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"],
    ["\n\n12\r\n01:02:03,4 --> 01:02:04,500\r\nhi", "srt"],
    [`text <a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>`, "timestamped-notes"],
    [`---\ntitle: x\n---\nclaim <a data-t="1:00">[1:00]</a>`, "timestamped-notes"],
    ["Title\nFull Transcript\n0:00Hello 0:05World", "summary-page"],
    ["# T **Source:** [u](u) ## Full Transcript", "summary-page"],
    ["T\n(00:04) - One\n- (1:02:03) - Two", "show-notes"],
    ["Title\nAnn Lee: hi\nBob Stone: yo", "plain-text"],
    ["Title Ann Lee: hi. Bob Stone: yo", "plain-text"],
  ])("names %j as %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each([
    "",
    "hello world",
    "Ann Lee: only one label",
    "T\n(00:04) - only one chapter",
    "1\n00:00:01.000 --> 00:00:02.000\nhi",
    "Full Transcript and nothing timed",
    "WEBVTTish\n\n00:00:01.000 --> 00:00:02.000",
  ])("names nothing for %j", (text) => {
    expect(detectFormat(text)).toBeUndefined();
  });

  it("does not take a transcript that mentions WEBVTT for captions", () => {
    expect(detectFormat("My talk\nAnn Lee: WEBVTT files are captions.\nBob Stone: WEBVTT\nyes")).toBe(
      "plain-text",
    );
  });

  it("prefers captions over the speaker labels inside them", () => {
    expect(detectFormat("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnn Lee: hi Bob Stone: yo")).toBe("vtt");
  });
});
