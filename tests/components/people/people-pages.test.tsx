// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PeopleList } from "@/components/people/people-list";
import { PersonProfile } from "@/components/people/person-profile";
import type { Person } from "@/lib/view/people-index";

const parse = (html: string) => {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
};

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(1)>`;

const ada: Person = {
  slug: "ada-lovelace",
  name: "Ada Lovelace",
  image: "https://img.example/ada.jpg",
  roles: ["host", "guest"],
  seconds: 150,
  episodes: [
    { slug: "first", title: "First", show: "Show", role: "host", seconds: 120, credited: false },
    { slug: "second", title: "Second", seconds: 30, credited: false },
  ],
  turns: [{ start: 40, end: 100, quote: "The longest turn…", episodeSlug: "first", episodeTitle: "First" }],
};
const credit: Person = {
  slug: "charles-babbage",
  name: HOSTILE,
  roles: ["producer"],
  seconds: 0,
  episodes: [{ slug: "first", title: "First", role: "producer", seconds: 0, credited: true }],
  turns: [],
};

describe("PersonProfile", () => {
  const root = parse(renderToStaticMarkup(<PersonProfile person={ada} />));

  it("names the person, their roles, episodes and talk time", () => {
    expect(root.querySelector("h1")?.textContent).toBe("Ada Lovelace");
    expect(root.textContent).toContain("host, guest");
    expect(root.textContent).toContain("2 episodes, 3 min of talk");
    const episodes = [...root.querySelectorAll('section[aria-labelledby="person-episodes-heading"] li')];
    expect(episodes.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
      "/episodes/first",
      "/episodes/second",
    ]);
    expect(episodes[0]?.querySelector("time")?.getAttribute("datetime")).toBe("PT2M");
  });

  it("links each longest turn to its moment, quoting its start", () => {
    const turn = root.querySelector('section[aria-labelledby="person-turns-heading"] a');
    expect(turn?.getAttribute("href")).toBe("/episodes/first?t=40,100");
    expect(turn?.querySelector("q")?.textContent).toBe("The longest turn…");
  });

  it("searches only their words: a GET form to /search with the speaker set", () => {
    const form = root.querySelector("form");
    expect(form?.getAttribute("action")).toBe("/search");
    expect(form?.getAttribute("method")).toBe("get");
    const hidden = form?.querySelector('input[type="hidden"]');
    expect([hidden?.getAttribute("name"), hidden?.getAttribute("value")]).toEqual([
      "speaker",
      "Ada Lovelace",
    ]);
    expect(form?.querySelector('input[name="q"]')?.id).toBe(root.querySelector("label")?.getAttribute("for"));
  });

  it("renders a hostile name as text, and offers no search for someone who never speaks", () => {
    const page = parse(renderToStaticMarkup(<PersonProfile person={credit} />));
    expect(page.querySelector("script, img")).toBeNull();
    expect(page.querySelector("h1")?.textContent).toBe(HOSTILE);
    expect(page.querySelector("form")).toBeNull();
    expect(page.textContent).toContain("credited");
  });
});

describe("PeopleList", () => {
  it("lists each person with a link, picture or initials, roles, episodes and talk time", () => {
    const root = parse(renderToStaticMarkup(<PeopleList people={[ada, credit]} sort="talk" />));
    const items = [...root.querySelectorAll("ul > li")];
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
      "/people/ada-lovelace",
      "/people/charles-babbage",
    ]);
    expect(items[0]?.textContent).toContain("2 episodes, 3 min of talk");
    expect(items[1]?.textContent).toContain("1 episode");
    expect(root.querySelector("script, ul img:not([alt=''])")).toBeNull();
    expect(root.querySelector('nav a[aria-current="page"]')?.textContent).toBe("Talk time");
  });

  it("says so when there is nobody", () => {
    const root = parse(renderToStaticMarkup(<PeopleList people={[]} sort="name" />));
    expect(root.querySelector("ul")).toBeNull();
    expect(root.textContent).toContain("No people yet");
  });
});
