// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { createTranscriptHighlighter } from "@/lib/sync/transcript-highlighter";
import { TRANSCRIPT_HTML, byId } from "./transcript-fixture";

const current = () => [...document.querySelectorAll('[aria-current="true"]')].map((e) => e.id);
const activeWords = () => [...document.querySelectorAll("[data-active]")].map((e) => e.textContent);
const currentLinks = () =>
  [...document.querySelectorAll('[aria-current="location"]')].map((e) => e.textContent);
const currentHeadings = () => [...document.querySelectorAll("[data-current]")].map((e) => e.id);

function setup() {
  document.body.innerHTML = TRANSCRIPT_HTML;
  return createTranscriptHighlighter(document, byId("transcript"));
}

describe("createTranscriptHighlighter", () => {
  let h: ReturnType<typeof setup>;
  beforeEach(() => {
    h = setup();
  });

  it("lists every sentence, timed or not, in reading order", () => {
    expect(h.sentences.map((s) => s.id)).toEqual(["s-10", "s-12", "s-20", "s-30", "u-1"]);
  });

  it("marks nothing before the first sentence", () => {
    expect(h.update(5)).toBeUndefined();
    expect(current()).toEqual([]);
    expect(currentLinks()).toEqual([]);
  });

  it("marks the sentence, the word and the section at t", () => {
    expect(h.update(10.9)?.id).toBe("s-10");
    expect(current()).toEqual(["s-10"]);
    expect(activeWords()).toEqual(["are"]);
    expect(currentHeadings()).toEqual(["one"]);
    expect(currentLinks()).toEqual(["One"]);
  });

  it("moves every mark together and leaves exactly one of each", () => {
    h.update(10.9);
    h.update(21);
    expect(current()).toEqual(["s-20"]);
    expect(activeWords()).toEqual([]); // s-20 has no word timings
    expect(currentHeadings()).toEqual(["two"]);
    expect(currentLinks()).toEqual(["Two"]);
    expect(byId("s-10").hasAttribute("aria-current")).toBe(false);
  });

  it("keeps the last sentence through a gap but leaves a section after its end", () => {
    h.update(16);
    expect(current()).toEqual(["s-12"]);
    expect(currentHeadings()).toEqual(["one"]);
    h.update(18.5); // section one ended at 18; two starts at 20
    expect(current()).toEqual(["s-12"]);
    expect(currentHeadings()).toEqual([]);
    expect(currentLinks()).toEqual([]);
  });

  it("touches only the elements that change", async () => {
    h.update(10.1);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { attributes: true, subtree: true });
    h.update(10.2); // same sentence, same word, same section
    h.update(10.3);
    await Promise.resolve();
    expect(records).toHaveLength(0);
    h.update(11.5); // only the word changes
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(records.map((r) => `${(r.target as HTMLElement).textContent}:${r.attributeName}`)).toEqual([
      "Models:data-active",
      "tools.:data-active",
    ]);
  });

  it("marks quotes on the sentences overlapping a range", () => {
    expect(h.markQuote(11, 21).map((s) => s.id)).toEqual(["s-10", "s-12", "s-20"]);
    expect(h.markQuote(12, 15).map((s) => s.id)).toEqual(["s-12"]);
    expect([...document.querySelectorAll("[data-quote]")].map((e) => e.id)).toEqual(["s-12"]);
    h.clearQuote();
    expect(document.querySelectorAll("[data-quote]")).toHaveLength(0);
  });

  it("marks by the link rule: a sentence ending inside the linked one is not taken along", () => {
    document.body.innerHTML = `
      <section id="transcript">
        <span data-sentence id="long" data-start="1382.232" data-end="1396.605">A long answer.</span>
        <span data-sentence id="over" data-start="1396.405" data-end="1407.564">A question over it.</span>
        <span data-sentence id="next" data-start="1407.564" data-end="1410">Next.</span>
      </section>`;
    const linked = createTranscriptHighlighter(document, byId("transcript"));
    expect(linked.markQuote(1396.5, 1407.564).map((s) => s.id)).toEqual(["over"]);
    expect(linked.markQuote(1382.3, 1400).map((s) => s.id)).toEqual(["long", "over"]);
  });

  it("clears every mark", () => {
    h.update(10.9);
    h.markQuote(10, 12);
    h.clear();
    expect(
      document.querySelectorAll("[aria-current], [data-active], [data-current], [data-quote]"),
    ).toHaveLength(0);
  });

  it("uses nav links with data-seek for sections without headings (chapters)", () => {
    document.body.innerHTML = `
      <nav aria-label="Chapters"><a href="#c1" data-section-link="c1" data-seek="0">C1</a><a href="#c2" data-section-link="c2" data-seek="60">C2</a></nav>
      <section id="transcript"><span data-sentence data-start="1" data-end="2">A.</span></section>`;
    const chapters = createTranscriptHighlighter(document, byId("transcript"));
    chapters.update(61);
    expect(currentLinks()).toEqual(["C2"]);
    chapters.update(59);
    expect(currentLinks()).toEqual(["C1"]);
  });

  it("does nothing for an untimed transcript", () => {
    document.body.innerHTML = `<section id="transcript"><span data-sentence>A.</span><span data-sentence>B.</span></section>`;
    const untimed = createTranscriptHighlighter(document, byId("transcript"));
    expect(untimed.update(10)).toBeUndefined();
    expect(untimed.sentences).toHaveLength(2);
  });
});

describe("addWordStarts", () => {
  it("marks words in a sentence that had none once its list arrives, even after a lookup", () => {
    const h = setup();
    h.update(20.5);
    expect(activeWords()).toEqual([]); // no list yet
    h.addWordStarts(new Map([["s-20", "0 200"]]));
    h.update(20.5);
    expect(activeWords()).toEqual(["Second"]);
    h.update(22.5);
    expect(activeWords()).toEqual(["section."]);
  });

  it("writes a sentence's list only when it first plays, not every sentence's on arrival", () => {
    const h = setup();
    h.addWordStarts(
      new Map([
        ["s-20", "0 200"],
        ["s-30", "0 100"],
      ]),
    );
    expect(document.querySelectorAll("[data-words]")).toHaveLength(0);
    h.update(22.5);
    expect(activeWords()).toEqual(["section."]);
    expect([...document.querySelectorAll("[data-words]")].map((s) => s.id)).toEqual(["s-20"]);
  });

  it("keeps words a sentence already has, and a list it already has", () => {
    const h = setup();
    byId("s-12").setAttribute("data-words", "0 100 200 250");
    h.addWordStarts(
      new Map([
        ["s-10", "0 0 0"],
        ["s-12", "0 0 0 0"],
        ["nope", "0"],
      ]),
    );
    h.update(11.3);
    expect(activeWords()).toEqual(["tools."]); // its own word elements still rule
    h.update(13.1);
    expect(activeWords()).toEqual(["help"]); // its own list still rules
  });
});
