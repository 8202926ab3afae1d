// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { readQuoteSelection } from "@/lib/sync/read-quote-selection";

function render() {
  document.body.innerHTML = `
    <p id="outside">Outside text.</p>
    <section aria-label="Transcript" id="transcript">
      <div data-speaker-name="Ada Lovelace">
        <p>Ada Lovelace</p>
        <p><a href="?t=516" data-seek="516">8:36</a>
          <span data-sentence id="s-516240" data-start="516.24" data-end="519.9" tabindex="-1">Models are tools. </span>
          <span data-sentence id="s-520000" data-start="520" data-end="523.5" tabindex="-1">They help us think. </span>
        </p>
      </div>
      <div data-speaker-name="">
        <p><span data-sentence id="s-530000" data-start="530" tabindex="-1">No end here. </span>
        <span data-sentence id="u-1" tabindex="-1">Untimed words. </span></p>
      </div>
    </section>`;
  return document.getElementById("transcript") as HTMLElement;
}

const textOf = (id: string) => (document.getElementById(id) as HTMLElement).firstChild as Text;

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const selection = window.getSelection() as Selection;
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

let transcript: HTMLElement;
beforeEach(() => {
  transcript = render();
});

describe("readQuoteSelection", () => {
  it("reads part of one sentence with its sentence times and speaker", () => {
    const selection = select(textOf("s-516240"), 0, textOf("s-516240"), 6);
    expect(readQuoteSelection(selection, transcript)).toMatchObject({
      text: "Models",
      start: 516.24,
      end: 519.9,
      speaker: "Ada Lovelace",
    });
  });

  it("spans sentences and leaves out the timestamp link between paragraphs", () => {
    const link = transcript.querySelector("a") as HTMLElement;
    const selection = select(link.firstChild as Text, 0, textOf("s-520000"), 12);
    const quote = readQuoteSelection(selection, transcript);
    expect(quote?.text).toBe("Models are tools. They help us");
    expect(quote?.sentences.map((s) => s.id)).toEqual(["s-516240", "s-520000"]);
    expect(quote).toMatchObject({ start: 516.24, end: 523.5 });
  });

  it("links to exactly the selected sentences, not the neighbours they touch", () => {
    // s-516240 ends at 519.9, s-520000 starts at 520 and ends at 523.5, s-530000 follows.
    const one = readQuoteSelection(select(textOf("s-520000"), 0, textOf("s-520000"), 4), transcript);
    expect(one?.link).toEqual({ start: 520, end: 524 });
    const both = readQuoteSelection(select(textOf("s-516240"), 2, textOf("s-520000"), 4), transcript);
    expect(both?.link).toEqual({ start: 516.3, end: 524 });
    const lastWithoutEnd = readQuoteSelection(select(textOf("s-530000"), 0, textOf("u-1"), 3), transcript);
    expect(lastWithoutEnd?.link).toEqual({ start: 530, end: 531 });
    expect(readQuoteSelection(select(textOf("u-1"), 0, textOf("u-1"), 3), transcript)?.link).toBeUndefined();
  });

  it("ignores a sentence the range only touches at its start", () => {
    const selection = select(textOf("s-516240"), 0, textOf("s-520000"), 0);
    expect(readQuoteSelection(selection, transcript)?.sentences.map((s) => s.id)).toEqual(["s-516240"]);
  });

  it("uses the start of a last sentence without an end, and skips untimed sentences for times", () => {
    const selection = select(textOf("s-530000"), 0, textOf("u-1"), 8);
    expect(readQuoteSelection(selection, transcript)).toMatchObject({
      text: "No end here. Untimed",
      start: 530,
      end: 530,
      speaker: undefined,
    });
  });

  it("has no times for a selection of untimed sentences only", () => {
    const selection = select(textOf("u-1"), 0, textOf("u-1"), 7);
    expect(readQuoteSelection(selection, transcript)).toMatchObject({
      text: "Untimed",
      start: undefined,
      end: undefined,
    });
  });

  it("is undefined for a collapsed selection, one outside the transcript, or one crossing its edge", () => {
    expect(
      readQuoteSelection(select(textOf("s-516240"), 2, textOf("s-516240"), 2), transcript),
    ).toBeUndefined();
    const outside = textOf("outside");
    expect(readQuoteSelection(select(outside, 0, outside, 7), transcript)).toBeUndefined();
    expect(readQuoteSelection(select(outside, 0, textOf("s-516240"), 6), transcript)).toBeUndefined();
    expect(readQuoteSelection(null, transcript)).toBeUndefined();
  });

  it("is undefined when only a speaker name is selected", () => {
    const name = transcript.querySelector("div > p") as HTMLElement;
    expect(
      readQuoteSelection(select(name.firstChild as Text, 0, name.firstChild as Text, 3), transcript),
    ).toBeUndefined();
  });
});
