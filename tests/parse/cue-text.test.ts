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
