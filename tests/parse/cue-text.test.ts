import { describe, expect, it } from "vitest";
import { decodeEntities, plainCueText } from "../../lib/parse/cue-text";

describe("plainCueText", () => {
  it.each([
    ["<v Speaker 1>Hello there", { text: "Hello there", voice: "Speaker 1" }],
    ["<v Ann>one</v> <v Bob>two</v>", { text: "one two", voice: "Ann" }],
    ["<i>a</i>\n<b>b</b>  <u>c</u>", { text: "a b c" }],
    ["<c.yellow.bg_blue>x</c> <ruby>漢<rt>kan</rt></ruby>", { text: "x 漢kan" }],
    ["a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", { text: "a & b <c> \"d\" 'e'" }],
    ["unknown &bogus; stays", { text: "unknown &bogus; stays" }],
    ["\uFDD0 odd", { text: "\uFDD0 odd" }],
    ["", { text: "" }],
  ])("turns %j into plain text", (raw, expected) => {
    expect(plainCueText(raw, 0, 10)).toEqual(expected);
  });
});

describe("decodeEntities", () => {
  it("decodes numeric and common named references, once", () => {
    expect(decodeEntities("&#8217;&#x201C;&rsquo;&amp;amp;&#0;")).toBe("’“’&amp;\uFFFD");
  });
});

// Expected values from the HTML standard (§13.2.5.72–80, character reference states, and the
// named character references table), which the WebVTT cue-text tokenizer uses, and from WebVTT
// §6.1 (U+0000 NULL is replaced by U+FFFD before parsing).
describe("plainCueText decodes references as the browser's parser does in text", () => {
  it.each([
    ["legacy name without a semicolon", "fish &amp chips", "fish & chips"],
    ["legacy name followed by letters", "a &ltx b", "a <x b"],
    [
      "longest legacy prefix of an unknown name (the spec's own example)",
      "I'm &notit; I tell you",
      "I'm ¬it; I tell you",
    ],
    ["a full name wins over its legacy prefix", "I'm &notin; I tell you", "I'm ∉ I tell you"],
    ["a name that is not legacy needs its semicolon", "wait&hellip and&hellip;", "wait&hellip and…"],
    ["legacy names with digits after them", "&copy2024", "©2024"],
    ["numeric without a semicolon", "&#65&#x42;", "AB"],
    ["C1 controls remapped as windows-1252", "&#128; &#x99;", "€ ™"],
    ["zero, surrogates and out of range become U+FFFD", "&#0;&#xD800;&#x110000;", "\uFFFD\uFFFD\uFFFD"],
    ["a reference does not reach across a tag", "&am<b>p;</b>", "&amp;"],
    ["an unknown name stays as written", "&bogus; &", "&bogus; &"],
  ])("%s", (_, raw, text) => {
    expect(plainCueText(raw, 0, 10).text).toBe(text);
  });

  it("decodes the voice annotation with the same rules", () => {
    expect(plainCueText("<v Tom &amp Jerry>hi", 0, 10)).toEqual({ text: "hi", voice: "Tom & Jerry" });
  });

  it("replaces U+0000 NULL with U+FFFD, in text and in the voice", () => {
    expect(plainCueText("<v A\u0000B>x\u0000y <i>z\u0000</i>", 0, 10)).toEqual({
      text: "x\uFFFDy z\uFFFD",
      voice: "A\uFFFDB",
    });
  });

  it("still decodes references when the text holds the noncharacters used as a stand-in", () => {
    expect(plainCueText("\uFDD0\uFDD1 &rsquo;&lt;", 0, 10).text).toBe("\uFDD0\uFDD1 ’<");
  });
});

describe("decodeEntities (notes): semicolon-terminated references from the full HTML table", () => {
  it("decodes names outside the common few and leaves unterminated ones", () => {
    expect(decodeEntities("&frac12; &Omega; &amp &ltx")).toBe("½ Ω &amp &ltx");
  });
});
