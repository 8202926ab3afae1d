import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { knownSpeakerNames, relabelTurns } from "@/lib/merge/speakers/relabel-turns";
import { pickSources } from "@/lib/merge/pick-sources";
import type { Episode, EpisodeWarning } from "@/lib/model/episode-schema";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import { parsePlainText } from "@/lib/parse/parse-plain-text";
import type { ParsedDoc, PlainTextDoc, TextTurn } from "@/lib/parse/types";
import { src } from "../helpers/episode-utils";
import { randomTurns, synthesize, type SynthTurn } from "../helpers/synthetic";

const VOICES = { "Ann Lee": "Speaker 2", "Bob Stone": "Speaker 3" };
const ID: Record<string, string> = { "Ann Lee": "ann-lee", "Bob Stone": "bob-stone" };
const turns = randomTurns(21, 1200, ["Bob Stone", "Ann Lee"]);

function merge(
  docs: Record<string, ParsedDoc>,
  manifest?: Parameters<typeof mergeEpisode>[0]["manifest"],
): Episode {
  const sources = Object.entries(docs).map(([id, doc]) => src(id, doc));
  const ep = mergeEpisode({ slug: "speakers", sources, ...(manifest ? { manifest } : {}) });
  encodeEpisode(ep);
  return ep;
}

/** The model's turns as [speaker id, text]. */
function turnsOf(ep: Episode): Array<[string | undefined, string]> {
  return ep.transcript.turns.map((t) => [
    t.speakerId,
    t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" "),
  ]);
}

const truth = (ts: SynthTurn[]): Array<[string | undefined, string]> =>
  ts.map((t) => [ID[t.speaker], t.text]);

describe("turns from labels in other forms (synthetic plain text, parsed)", () => {
  /** Turn k written as a label in one of five forms, some on their own line, some run into the line before. */
  function render(ts: SynthTurn[]): string {
    let out = "A Synthetic Episode";
    ts.forEach((t, k) => {
      const caps = t.speaker.toUpperCase();
      if (k % 5 === 0) out += `\n${t.speaker}: ${t.text}`;
      else if (k % 5 === 1) out += `\n${caps} ${t.text}`;
      else if (k % 5 === 2) out += ` ${t.speaker.toLowerCase()}: ${t.text}`;
      else if (k % 5 === 3) out += ` ${caps} ${t.text}`;
      else out += `\n${t.speaker} ${t.text}`;
    });
    return `${out}\n`;
  }

  it("parses capitals without a colon, lowercase labels, a name starting a paragraph and labels run into the line before as turns", () => {
    const r = parsePlainText(render(turns));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.turns.map((t) => [t.speaker, t.text])).toEqual(turns.map((t) => [t.speaker, t.text]));
    const v = synthesize({ turns, voices: VOICES, offset: -5 });
    const ep = merge({ "plain.txt": r.value, "audio.vtt": v.vtt });
    expect(turnsOf(ep)).toEqual(truth(turns));
  });
});

describe("the captions as a second witness", () => {
  const v = synthesize({ turns, voices: VOICES, offset: -5, lateBoundaryAt: [2, 4, 6, 8], noise: 0.03 });
  /** The plain text with turn k+1 run into turn k, and `glue` between them. */
  function joined(k: number, glue: string): PlainTextDoc {
    const ts = v.plain.turns.map((t) => ({ ...t }));
    const [a, b] = [ts[k], ts[k + 1]] as [TextTurn, TextTurn];
    ts.splice(k, 2, { ...a, text: `${a.text} ${glue}${b.text}` });
    return { ...v.plain, turns: ts };
  }
  const k = turns.findIndex(
    (t, i) => i > 2 && t.text.split(" ").length > 12 && (turns[i + 1]?.text.split(" ").length ?? 0) > 12,
  );

  it("splits a turn where the caption voice switches to another named speaker with no label", () => {
    const plain = joined(k, "");
    const ep = merge({ "plain.txt": plain, "audio.vtt": v.vtt });
    expect(turnsOf(ep)).toEqual(truth(turns));
    const split = ep.warnings.filter((w) => w.message.startsWith("Turn split"));
    expect(split).toEqual([
      {
        source: "plain.txt",
        line: plain.turns[k]?.line,
        message: expect.stringContaining(turns[k + 1]?.speaker ?? "?"),
      },
    ]);
  });

  it("takes a name in ordinary case with no colon at the switch as the label", () => {
    const ep = merge({ "plain.txt": joined(k, `${turns[k + 1]?.speaker ?? ""} `), "audio.vtt": v.vtt });
    expect(turnsOf(ep)).toEqual(truth(turns));
  });

  it("keeps every clean turn as it is when both witnesses agree (word-late cues, noise)", () => {
    const ep = merge({ "plain.txt": v.plain, "audio.vtt": v.vtt });
    expect(turnsOf(ep)).toEqual(truth(turns));
    expect(ep.warnings.filter((w) => /Turn split|Speaker unsure/.test(w.message))).toEqual([]);
  });
});

describe("names known from other documents and the manifest", () => {
  const plain = (ts: TextTurn[]): PlainTextDoc => ({ format: "plain-text", title: "T", turns: ts });

  it("reads a manifest name in capitals as a label and warns with the line", () => {
    const doc = plain([{ speaker: "Ann Lee", text: "Who are you? CY DOE Hello, I am new here.", line: 4 }]);
    const warnings: EpisodeWarning[] = [];
    const names = knownSpeakerNames(pickSources([{ id: "p.txt", doc }]), { "Cy Doe": { role: "guest" } });
    expect(relabelTurns({ turns: doc.turns, names, source: "p.txt", warnings })).toEqual([
      { speaker: "Ann Lee", text: "Who are you?", line: 4 },
      { speaker: "Cy Doe", text: "Hello, I am new here.", line: 4 },
    ]);
    expect(warnings).toEqual([{ source: "p.txt", line: 4, message: expect.stringContaining('"CY DOE"') }]);
    const ep = merge({ "p.txt": doc }, { speakers: { "Cy Doe": { role: "guest" } } });
    expect(ep.speakers.find((s) => s.name === "Cy Doe")).toMatchObject({ role: "guest" });
    expect(turnsOf(ep)).toEqual([
      ["ann-lee", "Who are you?"],
      ["cy-doe", "Hello, I am new here."],
    ]);
  });

  it("gives a turn split out of a wrapped turn the lines of its own words", () => {
    // "Who are" on line 4, "you? CY DOE Hello," on line 5, "I am new here." on line 6.
    const turn = {
      speaker: "Ann Lee",
      text: "Who are you? CY DOE Hello, I am new here.",
      line: 4,
      breaks: [2, 6],
    };
    const warnings: EpisodeWarning[] = [];
    expect(relabelTurns({ turns: [turn], names: ["Ann Lee", "Cy Doe"], source: "p.txt", warnings })).toEqual([
      { speaker: "Ann Lee", text: "Who are you?", line: 4, breaks: [2] },
      { speaker: "Cy Doe", text: "Hello, I am new here.", line: 5, breaks: [1] },
    ]);
    expect(warnings).toEqual([{ source: "p.txt", line: 5, message: expect.stringContaining('"CY DOE"') }]);
  });

  it("leaves names in running speech, anonymous voice keys and unknown names as words", () => {
    const text = "As Cy Doe said. Cy Doe agreed. CY DOE, yes. I told cy doe: no. SPEAKER 1 Hi. BO LEE Hi.";
    const doc = plain([{ speaker: "Ann Lee", text, line: 2 }]);
    const names = knownSpeakerNames(pickSources([{ id: "p.txt", doc }]), { "Cy Doe": {}, "Speaker 1": {} });
    expect(names).toEqual(["Ann Lee", "Cy Doe"]);
    const warnings: EpisodeWarning[] = [];
    expect(relabelTurns({ turns: doc.turns, names, source: "p.txt", warnings })).toEqual(doc.turns);
    expect(warnings).toEqual([]);
  });
});
