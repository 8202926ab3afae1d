import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { deferFrameworkScripts, listPageScripts } from "../../scripts/lib/defer-framework-scripts.mjs";

// A head shaped like the one Next 16 writes for an app-router page.
const NEXT_HEAD = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a1.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<script src="/_next/static/chunks/react-2.js" async=""></script>',
  '<script src="/_next/static/chunks/main-app-3.js" async=""></script>',
  '<script src="/_next/static/chunks/app/episodes/%5Bslug%5D/page-4.js" async=""></script>',
  '<link rel="icon" href="/icon.svg" type="image/svg+xml"/>',
  '<script>document.documentElement.classList.toggle("dark",false)</script>',
  '<script src="/_next/static/chunks/polyfills-5.js" noModule=""></script>',
  '<script src="https://www.youtube.com/iframe_api" async=""></script>',
  "<title>Episode</title></head>",
].join("");

/** The loader's script list, read back from its JSON argument. */
function loaderList(html: string): string[][][] {
  const match =
    /<script data-framework-loader>\(function\(l\)\{[\s\S]*?\}\)\((\[[\s\S]*?\])\)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error("no loader in the head");
  return JSON.parse(match[1]) as string[][][];
}

interface FakeScript {
  attributes: Record<string, string>;
  async: boolean;
  setAttribute(name: string, value: string): void;
}

/** Runs the head's loader against a minimal document; returns what it appended and the frame. */
function runLoader(html: string, hidden: boolean) {
  const appended: FakeScript[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const parsed: (() => void)[] = [];
  const source = /<script data-framework-loader>(\(function\(l\)[\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  runInNewContext(source, {
    document: {
      hidden,
      addEventListener: (type: string, listener: () => void) => {
        if (type === "DOMContentLoaded") parsed.push(listener);
      },
      head: { appendChild: (script: FakeScript) => appended.push(script) },
      createElement: (): FakeScript => ({
        attributes: {},
        async: false,
        setAttribute(name, value) {
          this.attributes[name] = value;
        },
      }),
    },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
  });
  const drawFrame = () => {
    frames.splice(0).forEach((callback) => callback());
    timers.splice(0).forEach((callback) => callback());
  };
  const finishParsing = () => parsed.forEach((listener) => listener());
  return { appended, drawFrame, finishParsing };
}

describe("deferFrameworkScripts", () => {
  it("takes the framework's scripts and their preload out of the head and lists them for the loader, in order", () => {
    const html = deferFrameworkScripts(NEXT_HEAD);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(react|main-app|app)/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(loaderList(html)).toEqual([
      [["src", "/_next/static/chunks/react-2.js"]],
      [["src", "/_next/static/chunks/main-app-3.js"]],
      [["src", "/_next/static/chunks/app/episodes/%5Bslug%5D/page-4.js"]],
    ]);
    // The loader is the head's last element.
    expect(html.indexOf("<script data-framework-loader>")).toBeGreaterThan(html.indexOf("<title>"));
    expect(html.endsWith(")</script></head>")).toBe(true);
  });

  it("keeps everything else: styles, icons, inline scripts, nomodule polyfills, other sites' scripts", () => {
    const html = deferFrameworkScripts(NEXT_HEAD);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/css/a1.css" data-precedence="next"/>',
      '<link rel="icon" href="/icon.svg" type="image/svg+xml"/>',
      '<script>document.documentElement.classList.toggle("dark",false)</script>',
      '<script src="/_next/static/chunks/polyfills-5.js" noModule=""></script>',
      '<script src="https://www.youtube.com/iframe_api" async=""></script>',
      "<title>Episode</title>",
    ]) {
      expect(html).toContain(kept);
    }
  });

  it("returns a head without framework scripts unchanged (no loader)", () => {
    const plain = '<html><head><meta charSet="utf-8"/><script src="/other.js" async=""></script></head>';
    expect(deferFrameworkScripts(plain)).toBe(plain);
    expect(deferFrameworkScripts("")).toBe("");
  });

  it("keeps each script's other attributes (an id, an integrity hash), decoded", () => {
    const head =
      '<head><script src="/_next/static/chunks/webpack-1.js?v=a&amp;b" id="_R_" integrity="sha384-x" async=""></script></head>';
    expect(loaderList(deferFrameworkScripts(head))).toEqual([
      [
        ["src", "/_next/static/chunks/webpack-1.js?v=a&b"],
        ["id", "_R_"],
        ["integrity", "sha384-x"],
      ],
    ]);
  });

  it("cannot be closed early by an attribute's text: `<` is escaped inside the loader", () => {
    // `</script ` (a space, no `>`) would end an inline script in the HTML parser.
    const head =
      '<head><script src="/_next/static/chunks/a.js" data-x="</script alert(1)" async=""></script></head>';
    const html = deferFrameworkScripts(head);
    const loader = html.slice(html.indexOf("<script data-framework-loader>"));
    expect(loader.indexOf("</script>")).toBe(loader.length - "</script></head>".length);
    expect(loader).not.toContain("</script alert");
    expect(loaderList(html)[0]).toContainEqual(["data-x", "</script alert(1)"]);
  });

  it("adds the scripts only after the first frame, as async scripts with their attributes", () => {
    const { appended, drawFrame } = runLoader(deferFrameworkScripts(NEXT_HEAD), false);
    expect(appended).toHaveLength(0);
    drawFrame();
    expect(appended.map((script) => script.attributes.src)).toEqual([
      "/_next/static/chunks/react-2.js",
      "/_next/static/chunks/main-app-3.js",
      "/_next/static/chunks/app/episodes/%5Bslug%5D/page-4.js",
    ]);
    expect(appended.every((script) => script.async)).toBe(true);
  });

  it("adds them when the document is parsed if that comes before the first frame, and only once", () => {
    const { appended, drawFrame, finishParsing } = runLoader(deferFrameworkScripts(NEXT_HEAD), false);
    finishParsing();
    expect(appended).toHaveLength(3);
    drawFrame();
    expect(appended).toHaveLength(3);
  });

  it("adds them once when the first frame comes first and the document is parsed after", () => {
    const { appended, drawFrame, finishParsing } = runLoader(deferFrameworkScripts(NEXT_HEAD), false);
    drawFrame();
    finishParsing();
    expect(appended).toHaveLength(3);
  });

  it("adds them at once in a hidden tab, which draws no frames", () => {
    const { appended } = runLoader(deferFrameworkScripts(NEXT_HEAD), true);
    expect(appended).toHaveLength(3);
  });

  it("lists a page's scripts the same before and after (tags, then those the loader adds)", () => {
    const page = `${NEXT_HEAD}<body><script src="/_next/static/chunks/webpack-1.js" id="_R_" async=""></script></body>`;
    const before = listPageScripts(page);
    expect(before).toContain("/_next/static/chunks/react-2.js");
    expect(before).toHaveLength(6);
    expect(new Set(listPageScripts(deferFrameworkScripts(page)))).toEqual(new Set(before));
  });
});
