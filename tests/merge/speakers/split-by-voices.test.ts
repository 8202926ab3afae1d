import { describe, expect, it } from "vitest";
import { splitByVoices } from "@/lib/merge/speakers/split-by-voices";

const WHO: Record<string, string | undefined> = { a: "Ann Lee", b: "Bob Stone", ".": undefined };

/**
 * Clean turns with how the captions heard each word: one letter per word, `a` = Ann Lee's
 * voice, `b` = Bob Stone's, `.` = not aligned (or an unnamed voice).
 */
function split(turns: Array<{ speaker: string; text: string; heard: string }>) {
  const words: Array<{ text: string; note: boolean }> = [];
  const turnOfWord: number[] = [];
  const speakerOfWord: string[] = [];
  const heardAs: Array<string | undefined> = [];
  turns.forEach((t, k) => {
    const ws = t.text.split(" ");
    expect(ws).toHaveLength(t.heard.length);
    ws.forEach((w, i) => {
      words.push({ text: w, note: false });
      turnOfWord.push(k);
      speakerOfWord.push(t.speaker);
      heardAs.push(WHO[t.heard[i] ?? "."]);
    });
  });
  const out = splitByVoices({
    words,
    turnOfWord,
    speakerOfWord,
    heardAs,
    lineOfTurn: (k) => 10 + k,
    source: "plain.txt",
  });
  // The resulting turns as [speaker, text], dropped words left out.
  const result: Array<[string | undefined, string]> = [];
  let lastTurn: number | undefined;
  words.forEach((w, i) => {
    if (out.dropped.has(i)) return;
    const last = result[result.length - 1];
    if (last && out.turnOfWord[i] === lastTurn) last[1] += ` ${w.text}`;
    else result.push([out.speakerOfWord[i], w.text]);
    lastTurn = out.turnOfWord[i];
  });
  return { turns: result, warnings: out.warnings };
}

const ANN = "We met. It was a long day for all of us.";
const BOB = "Yes it was and then we all went home early that night.";

describe("splitByVoices", () => {
  it("splits a turn where the voice switches to another named speaker without any label", () => {
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: `${ANN} ${BOB}`, heard: "aaaaaaaaaaa" + "bbbbbbbbbbbb" },
    ]);
    expect(turns).toEqual([
      ["Ann Lee", ANN],
      ["Bob Stone", BOB],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ source: "plain.txt", line: 10 });
    expect(warnings[0]?.message).toMatch(/^Turn split: .*12 words .*Ann Lee .*Bob Stone, from "Yes it was/);
  });

  it("keeps the boundary at the sentence start when the cue is a word late or early", () => {
    const late = split([
      { speaker: "Ann Lee", text: `${ANN} ${BOB}`, heard: "aaaaaaaaaaa" + "abbbbbbbbbbb" },
    ]);
    const early = split([
      { speaker: "Ann Lee", text: `${ANN} ${BOB}`, heard: "aaaaaaaaaab" + "bbbbbbbbbbbb" },
    ]);
    for (const { turns } of [late, early])
      expect(turns).toEqual([
        ["Ann Lee", ANN],
        ["Bob Stone", BOB],
      ]);
  });

  it("gives an interjection inside a turn to its speaker and the rest back", () => {
    const { turns } = split([
      {
        speaker: "Ann Lee",
        text: `${ANN} ${BOB} ${ANN}`,
        heard: "aaaaaaaaaaa" + "bbbbbbbbbbbb" + "aaaaaaaaaaa",
      },
    ]);
    expect(turns).toEqual([
      ["Ann Lee", ANN],
      ["Bob Stone", BOB],
      ["Ann Lee", ANN],
    ]);
  });

  it("takes an unspoken name at the switch as the new turn's label, not as words", () => {
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: `${ANN} Bob Stone ${BOB}`, heard: "aaaaaaaaaaa" + ".." + "bbbbbbbbbbbb" },
    ]);
    expect(turns).toEqual([
      ["Ann Lee", ANN],
      ["Bob Stone", BOB],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('"Bob Stone" (not heard) read as its label');
  });

  it("keeps a spoken name at the switch as words", () => {
    const text = `${ANN} Bob Stone ${BOB}`;
    const { turns } = split([{ speaker: "Ann Lee", text, heard: "aaaaaaaaaaa" + "bb" + "bbbbbbbbbbbb" }]);
    expect(turns).toEqual([
      ["Ann Lee", ANN],
      ["Bob Stone", `Bob Stone ${BOB}`],
    ]);
  });

  it("ignores a word or two heard in another voice (word-late cues, noise)", () => {
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: ANN, heard: "aaaaaaaaaab" },
      { speaker: "Bob Stone", text: BOB, heard: "abbbbbbab.bb" },
    ]);
    expect(turns).toEqual([
      ["Ann Lee", ANN],
      ["Bob Stone", BOB],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps the clean label and warns when the witnesses disagree on too few words", () => {
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: `${ANN} ${ANN}`, heard: "aaaaaaaaaaa" + "bbbbbaaaaaa" },
    ]);
    expect(turns).toEqual([["Ann Lee", `${ANN} ${ANN}`]]);
    expect(warnings).toEqual([
      {
        source: "plain.txt",
        line: 10,
        message: expect.stringMatching(
          /^Speaker unsure: .*5 words .*\(too few to be sure\); clean text's speaker kept$/,
        ),
      },
    ]);
  });

  it("keeps the clean label and warns when no sentence starts near the switch", () => {
    const text =
      "and so we went on talking about all of it for a very long time with everyone there at the end";
    const { turns, warnings } = split([{ speaker: "Ann Lee", text, heard: "aaaaaaaaaaa" + "bbbbbbbbbb" }]);
    expect(turns).toEqual([["Ann Lee", text]]);
    expect(warnings[0]?.message).toMatch(/no sentence starts at the switch/);
  });

  it("never gives words of the next clean turn to the voice of a run that reaches its end", () => {
    const run = "Yes it was and then we all went home early that";
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: `${ANN} ${run} night`, heard: "aaaaaaaaaaa" + "bbbbbbbbbbb" + "a" },
      { speaker: "Cy Doe", text: "Sure. Okay then.", heard: "..." },
    ]);
    expect(turns).toEqual([
      ["Ann Lee", `${ANN} ${run} night`],
      ["Cy Doe", "Sure. Okay then."],
    ]);
    expect(warnings[0]?.message).toMatch(/no sentence starts at the switch/);
  });

  it("leaves turns without a clean speaker and unnamed voices alone", () => {
    const { turns, warnings } = split([
      { speaker: "Ann Lee", text: `${ANN} ${BOB}`, heard: "aaaaaaaaaaa" + "............" },
    ]);
    expect(turns).toEqual([["Ann Lee", `${ANN} ${BOB}`]]);
    expect(warnings).toEqual([]);
  });
});
