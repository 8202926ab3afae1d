// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { markMatches } from "@/lib/search/mark-matches";
import { wrapSentenceWords } from "@/lib/sync/wrap-sentence-words";

// A sentence as SentenceText renders it: text runs, an editorial note, word start times.
const SENTENCE = `<span id="s" data-sentence="" data-start="10" data-end="20" data-words="0 50 100 150 200 250 300 350 400 450 500 550">Our guest is Jeff Boudier<!-- --> <span data-note="" class="note">[BOO-dee-ay],</span> Head of “Open-Source” AI at Hugging Face.</span>`;
const WORDS = [
  "Our",
  "guest",
  "is",
  "Jeff",
  "Boudier",
  "Head",
  "of",
  "“Open-Source”",
  "AI",
  "at",
  "Hugging",
  "Face.",
];
const notInNote = (node: Text) => !node.parentElement?.closest("[data-note]");
const sentence = () => document.getElementById("s") as HTMLElement;
const marks = () => [...sentence().querySelectorAll("mark")].map((m) => m.textContent);

beforeEach(() => {
  document.body.innerHTML = `<p>${SENTENCE}</p>`;
});

describe("markMatches", () => {
  it("wraps whole words in <mark> and never marks editorial notes", () => {
    markMatches(sentence(), "open source", notInNote, "m");
    expect(marks()).toEqual(["“Open-Source”"]);
    markMatches(sentence(), "boo dee ay", notInNote, "m");
    expect(marks()).toEqual(["“Open-Source”"]);
  });

  it("marks a phrase as one mark and restores the DOM exactly", () => {
    const before = sentence().innerHTML;
    const textNodes = [...sentence().childNodes];
    const { marks: made, undo } = markMatches(sentence(), "hugging face", notInNote, "m");
    expect(made.map((m) => m.textContent)).toEqual(["Hugging Face."]);
    undo();
    expect(sentence().innerHTML).toBe(before);
    expect([...sentence().childNodes]).toEqual(textNodes); // the very same nodes
  });

  it("keeps the sync island's word spans working when it wraps words of a marked sentence", () => {
    const { undo } = markMatches(sentence(), "jeff boudier head", notInNote, "m");
    const words = wrapSentenceWords(sentence());
    expect(words.map((w) => w.textContent)).toEqual(WORDS);
    expect(marks()).toEqual(["Jeff Boudier", "Head"]);
    undo();
    expect(sentence().querySelectorAll("mark")).toHaveLength(0);
    // The spans stay, in order, with their times: the highlighter's cached words remain valid.
    expect([...sentence().querySelectorAll("[data-w]")]).toEqual(words);
    expect(sentence().textContent).toContain("Our guest is Jeff Boudier");
  });

  it("marks words that were already wrapped, and unmarks them", () => {
    const words = wrapSentenceWords(sentence());
    const before = sentence().innerHTML;
    const { marks: made, undo } = markMatches(sentence(), "hugging face", notInNote, "m");
    expect(made.map((m) => m.textContent)).toEqual(["Hugging", "Face."]);
    expect(made[0]?.parentElement).toBe(words.at(-2));
    undo();
    expect(sentence().innerHTML).toBe(before);
  });

  it("marks a part of a word alone, and the sync island still reads the word whole", () => {
    document.body.innerHTML = `<p><span id="s" data-start="10" data-words="0 50 100">I asked ChatGPT.</span></p>`;
    const { undo } = markMatches(sentence(), "GPT", () => true, "m");
    expect(marks()).toEqual(["GPT."]);
    expect(sentence().innerHTML).toContain("Chat<mark");
    const words = wrapSentenceWords(sentence());
    expect(words.map((w) => w.textContent)).toEqual(["I", "asked", "Chat"]);
    expect(words.map((w) => w.getAttribute("data-start"))).toEqual(["10", "10.5", "11"]);
    const pieces = [...sentence().querySelectorAll("[data-w]")];
    expect(pieces.map((w) => [w.textContent, w.getAttribute("data-start")])).toEqual([
      ["I", "10"],
      ["asked", "10.5"],
      ["Chat", "11"],
      ["GPT.", "11"],
    ]);
    undo();
    expect(sentence().querySelectorAll("mark")).toHaveLength(0);
    expect(sentence().textContent).toBe("I asked ChatGPT.");
  });

  it("leaves the element alone when nothing matches", () => {
    const before = sentence().innerHTML;
    expect(markMatches(sentence(), "zebra", notInNote, "m").marks).toEqual([]);
    expect(sentence().innerHTML).toBe(before);
  });
});
