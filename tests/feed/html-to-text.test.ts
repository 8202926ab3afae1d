import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/feed/html-to-text";

describe("htmlToText", () => {
  it("keeps the words of a feed's HTML description, a paragraph per block, entities decoded", () => {
    const html =
      "<p>Two <b>machines</b> &amp; one&nbsp;loom.</p>\n<p>Links:<br>\n<a href='https://x.example'>the paper</a></p><ul><li>one</li><li>two</li></ul>";
    expect(htmlToText(html)).toBe("Two machines & one loom.\n\nLinks:\nthe paper\n\none\n\ntwo");
  });

  it("drops scripts and styles, and keeps text that only looks like markup", () => {
    expect(htmlToText("<script>alert(1)</script><style>p{}</style>Hi <3 &lt;b&gt;")).toBe("Hi <3 <b>");
  });

  it("leaves plain text as it is, whitespace collapsed", () => {
    expect(htmlToText("  A plain   description.\n")).toBe("A plain description.");
    expect(htmlToText("")).toBe("");
    expect(htmlToText("<p> </p>")).toBe("");
  });
});
