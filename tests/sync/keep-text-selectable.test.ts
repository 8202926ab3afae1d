// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { keepTextSelectable } from "@/lib/sync/keep-text-selectable";

const mouse = (type: string, target: Element, button = 0) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button }));

let section: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<section id="transcript"><p><a href="?t=1" id="link">0:01</a>
    <span data-sentence id="a" tabindex="0"><span data-w id="w">Hi</span> there.</span>
    <span data-sentence id="b" tabindex="-1">Next.</span></p></section><span data-sentence id="out" tabindex="-1">Out.</span>`;
  section = document.getElementById("transcript") as HTMLElement;
});
const el = (id: string) => document.getElementById(id) as HTMLElement;

describe("keepTextSelectable", () => {
  it("takes the tabindex away during a press and gives the same value back on release", () => {
    keepTextSelectable(section);
    mouse("mousedown", el("w"));
    expect(el("a").hasAttribute("tabindex")).toBe(false);
    mouse("mouseup", document.body); // released anywhere
    expect(el("a").getAttribute("tabindex")).toBe("0");
    mouse("mousedown", el("b"));
    expect(el("b").hasAttribute("tabindex")).toBe(false);
    mouse("mouseup", el("b"));
    expect(el("b").getAttribute("tabindex")).toBe("-1");
  });

  it("keeps a tabindex set by someone else during the press", () => {
    keepTextSelectable(section);
    mouse("mousedown", el("a"));
    el("a").setAttribute("tabindex", "-1"); // the roving tabindex moved on meanwhile
    mouse("mouseup", el("a"));
    expect(el("a").getAttribute("tabindex")).toBe("-1");
  });

  it("leaves other buttons, links, and sentences outside the container alone", () => {
    keepTextSelectable(section);
    mouse("mousedown", el("a"), 2);
    expect(el("a").getAttribute("tabindex")).toBe("0");
    mouse("mousedown", el("link"));
    expect(el("a").getAttribute("tabindex")).toBe("0");
    mouse("mousedown", el("out"));
    expect(el("out").getAttribute("tabindex")).toBe("-1");
  });

  it("restores on the next press when a release was missed, and on stop", () => {
    const stop = keepTextSelectable(section);
    mouse("mousedown", el("a"));
    mouse("mousedown", el("b")); // no mouseup in between (released outside the window)
    expect(el("a").getAttribute("tabindex")).toBe("0");
    expect(el("b").hasAttribute("tabindex")).toBe(false);
    stop();
    expect(el("b").getAttribute("tabindex")).toBe("-1");
    mouse("mousedown", el("a"));
    expect(el("a").getAttribute("tabindex")).toBe("0");
  });
});
