// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { holdDocumentTitle } from "@/components/search/hold-document-title";

/** MutationObserver callbacks run as microtasks: this lets them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What React does when it hydrates the page's own <title> late: it sets its text node's data. */
function patchTitleText(text: string) {
  const node = document.querySelector("title")?.firstChild;
  if (!node) throw new Error("the title has no text node");
  node.nodeValue = text;
}

let held: ReturnType<typeof holdDocumentTitle> | undefined;

beforeEach(() => {
  document.head.innerHTML = "<title>Search · Episode Explorer</title>";
});
afterEach(() => held?.release());

describe("holdDocumentTitle (the static search page's title)", () => {
  it("GOOD: sets the title it is given", () => {
    held = holdDocumentTitle();
    held.set("Search: privacy · Episode Explorer");
    expect(document.title).toBe("Search: privacy · Episode Explorer");
  });

  it("BAD: the page's own title written back over it (a late hydration) is undone", async () => {
    held = holdDocumentTitle();
    held.set("Search: privacy · Episode Explorer");
    patchTitleText("Search · Episode Explorer");
    await settle();
    expect(document.title).toBe("Search: privacy · Episode Explorer");
  });

  it("BAD: a new <title> element put in its place is undone too", async () => {
    held = holdDocumentTitle();
    held.set("Search: privacy · Episode Explorer");
    document.head.innerHTML = "<title>Search · Episode Explorer</title>";
    await settle();
    expect(document.title).toBe("Search: privacy · Episode Explorer");
  });

  it("GOOD: the last title set is the one held", async () => {
    held = holdDocumentTitle();
    held.set("Search: privacy · Episode Explorer");
    held.set("Search: market · Episode Explorer");
    patchTitleText("Search · Episode Explorer");
    await settle();
    expect(document.title).toBe("Search: market · Episode Explorer");
  });

  it("GOOD: before a title is set, and once released, the page's changes stand (the next page's title)", async () => {
    held = holdDocumentTitle();
    patchTitleText("Search (loading) · Episode Explorer");
    await settle();
    expect(document.title).toBe("Search (loading) · Episode Explorer");
    held.set("Search: privacy · Episode Explorer");
    held.release();
    patchTitleText("Hugging Face and watsonx · Episode Explorer");
    await settle();
    expect(document.title).toBe("Hugging Face and watsonx · Episode Explorer");
  });
});
