// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { describeKeyTarget, getShortcut, type KeyTarget } from "@/lib/sync/keyboard-shortcuts";

const key = (
  k: string,
  mods: Partial<
    Record<"shiftKey" | "ctrlKey" | "metaKey" | "altKey" | "isComposing" | "defaultPrevented", boolean>
  > = {},
) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const page: KeyTarget = { typing: false, usesSpace: false, usesArrows: false };

describe("getShortcut", () => {
  it.each([
    [" ", {}, "toggle-play"],
    ["ArrowLeft", {}, "back-5"],
    ["ArrowRight", {}, "forward-5"],
    ["ArrowLeft", { shiftKey: true }, "previous-section"],
    ["ArrowRight", { shiftKey: true }, "next-section"],
    ["/", {}, "focus-search"],
    ["?", { shiftKey: true }, "toggle-help"],
  ] as const)("%j %j → %s", (k, mods, action) => {
    expect(getShortcut(key(k, mods), page)).toBe(action);
  });

  it.each([
    ["a", {}],
    ["ArrowUp", {}],
    ["Enter", {}],
    [" ", { shiftKey: true }],
    ["ArrowLeft", { ctrlKey: true }],
    ["ArrowLeft", { altKey: true }],
    ["/", { metaKey: true }],
    [" ", { isComposing: true }],
    [" ", { defaultPrevented: true }],
  ] as const)("ignores %j %j", (k, mods) => {
    expect(getShortcut(key(k, mods), page)).toBeUndefined();
  });

  it("ignores everything while typing", () => {
    const typing = { ...page, typing: true };
    for (const k of [" ", "ArrowLeft", "/", "?"]) expect(getShortcut(key(k), typing)).toBeUndefined();
  });

  it("leaves Space to controls that use it and arrows to controls that use them", () => {
    expect(getShortcut(key(" "), { ...page, usesSpace: true })).toBeUndefined();
    expect(getShortcut(key("ArrowLeft"), { ...page, usesSpace: true })).toBe("back-5");
    expect(getShortcut(key("ArrowRight"), { ...page, usesArrows: true })).toBeUndefined();
    expect(getShortcut(key(" "), { ...page, usesArrows: true })).toBe("toggle-play");
  });
});

describe("describeKeyTarget", () => {
  const target = (html: string, selector: string) => {
    document.body.innerHTML = html;
    return document.querySelector(selector);
  };

  it.each([
    ['<input type="text">', "input"],
    ["<textarea></textarea>", "textarea"],
    ["<select></select>", "select"],
    ['<div contenteditable="true"><b>x</b></div>', "b"],
    ['<div role="searchbox"></div>', "div"],
  ])("%s is typing", (html, selector) => {
    expect(describeKeyTarget(target(html, selector)).typing).toBe(true);
  });

  it("sees buttons, links and media as using Space; media and sliders as using arrows", () => {
    expect(describeKeyTarget(target("<button><span>x</span></button>", "span"))).toEqual({
      typing: false,
      usesSpace: true,
      usesArrows: false,
    });
    expect(describeKeyTarget(target('<a href="#x">x</a>', "a")).usesSpace).toBe(true);
    expect(describeKeyTarget(target("<audio controls></audio>", "audio"))).toMatchObject({
      usesSpace: true,
      usesArrows: true,
    });
    expect(describeKeyTarget(target('<div role="slider"></div>', "div")).usesArrows).toBe(true);
  });

  it("sees a sentence, the body and non-elements as the plain page", () => {
    expect(describeKeyTarget(target('<span data-sentence tabindex="0">Hi.</span>', "span"))).toEqual(page);
    expect(describeKeyTarget(document.body)).toEqual(page);
    expect(describeKeyTarget(window)).toEqual(page);
    expect(describeKeyTarget(null)).toEqual(page);
    expect(describeKeyTarget(target('<div contenteditable="false"><b>x</b></div>', "b")).typing).toBe(false);
  });
});
