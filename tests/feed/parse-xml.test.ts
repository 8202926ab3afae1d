import { describe, expect, it } from "vitest";
import { childText, parseXml } from "@/lib/feed/parse-xml";

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss><channel><title>&lol9;</title></channel></rss>`;

const EXTERNAL = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><title>&xxe;</title></channel></rss>`;

describe("parseXml", () => {
  it("reads elements by namespace, attributes, text, CDATA and the predefined entities", () => {
    const root = parseXml(
      `<rss xmlns:p="https://podcastindex.org/namespace/1.0"><p:person role="guest" p:x="1">Ada &amp; <![CDATA[<Grace>]]> &#233;</p:person><title> T </title></rss>`,
    );
    const person = root.children[0];
    expect(person).toMatchObject({ uri: "https://podcastindex.org/namespace/1.0", local: "person" });
    expect(person?.attrs).toEqual({ role: "guest" });
    expect(person?.text).toBe("Ada & <Grace> é");
    expect(childText(root, "", "title")).toBe("T");
  });

  it("refuses an entity-expansion bomb at its DOCTYPE, before anything expands", () => {
    const started = performance.now();
    expect(() => parseXml(BILLION_LAUGHS)).toThrow(/^8:2: a DOCTYPE is not accepted/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("refuses an external entity: no file is read", () => {
    expect(() => parseXml(EXTERNAL)).toThrow(/a DOCTYPE is not accepted/);
  });

  it("never expands an entity it was not given, even without a DOCTYPE", () => {
    expect(() => parseXml("<rss><title>&xxe;</title></rss>")).toThrow(/undefined entity/);
  });

  it.each([
    ["an unclosed element", "<rss><channel></rss>"],
    ["text only", "just text"],
    ["two roots", "<rss/><rss/>"],
    ["an unbound prefix", "<rss><p:x/></rss>"],
  ])("refuses XML that is not well-formed: %s", (_, text) => {
    expect(() => parseXml(text)).toThrow(/^\d+:\d+: /);
  });

  it("parses as XML 1.0 whatever the declaration: no reference to a control character such as ESC", () => {
    expect(() => parseXml('<?xml version="1.1"?><rss>&#x1B;[2J</rss>')).toThrow(/^1:\d+: /);
  });

  it("refuses nesting deeper than 64 elements", () => {
    expect(() => parseXml(`${"<a>".repeat(100)}${"</a>".repeat(100)}`)).toThrow(/nested deeper than 64/);
  });
});
