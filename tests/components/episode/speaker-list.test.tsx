// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SpeakerList } from "@/components/episode/speaker-list";
import type { Speaker } from "@/lib/model/episode-schema";

const parse = (html: string) => {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
};
const ada: Speaker = { id: "ada", name: "Ada Lovelace", label: "Ada Lovelace", role: "host", voices: [] };
const voice: Speaker = { id: "voice-2", label: "Speaker 2", voices: ["Speaker 2"] };

describe("SpeakerList", () => {
  it("shows a speaker's picture over the initials, a colour dot for the others", () => {
    const root = parse(
      renderToStaticMarkup(
        <SpeakerList speakers={[{ ...ada, image: "https://img.example/ada.jpg" }, voice]} />,
      ),
    );
    const items = [...root.querySelectorAll('ul[aria-label="Speakers"] > li')];
    expect(items.map((li) => li.textContent)).toEqual(["ALAda Lovelacehost", "Speaker 2"]);
    const img = items[0]?.querySelector("img");
    expect(img?.getAttribute("src")).toBe("https://img.example/ada.jpg");
    expect(img?.getAttribute("alt")).toBe("");
    expect(items[1]?.querySelector("img")).toBeNull();
  });

  it("lists the people credited without speaking, initials when they have no picture", () => {
    const root = parse(
      renderToStaticMarkup(
        <SpeakerList speakers={[ada]} credits={[{ name: "Charles Babbage", role: "producer" }]} />,
      ),
    );
    const credit = root.querySelector('ul[aria-label="Credits"] > li');
    expect(credit?.textContent).toBe("CBCharles Babbageproducer");
    expect(credit?.querySelector("img")).toBeNull();
  });

  it("renders nothing without speakers or credits", () => {
    expect(renderToStaticMarkup(<SpeakerList speakers={[]} credits={[]} />)).toBe("");
  });

  it("links named speakers and credits to their pages, never an unnamed voice", () => {
    const people = new Map([
      ["ada lovelace", "ada-lovelace"],
      ["charles babbage", "charles-babbage"],
    ]);
    const root = parse(
      renderToStaticMarkup(
        <SpeakerList speakers={[ada, voice]} credits={[{ name: "Charles Babbage" }]} people={people} />,
      ),
    );
    expect([...root.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Ada Lovelace", "/people/ada-lovelace"],
      ["Charles Babbage", "/people/charles-babbage"],
    ]);
  });
});
