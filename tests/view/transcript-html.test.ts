// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildTranscriptHtml, escapeHtml, sentenceHtml } from "@/lib/view/transcript-html";
import { ADA, VOICE_2, makeEpisode } from "../export/episode-fixture";
import { loadEpisode } from "../search/search-helpers";
import type { Episode } from "@/lib/model/episode-schema";

const HOSTILE = `<script>alert("x")</script> & 'quoted' "double" <img src=x onerror=alert(1)>`;

/** The markup parsed as a browser would insert it. */
function parse(html: string): HTMLDivElement {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
}

const sentencesOf = (episode: Episode) =>
  episode.transcript.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.sentences));

describe("escapeHtml", () => {
  it("escapes every character that could end a text or an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    expect(escapeHtml("plain words")).toBe("plain words");
  });
});

describe("buildTranscriptHtml", () => {
  it("renders hostile text in sentences, speaker names and headings as text, never as markup", () => {
    const hostileSpeaker = { ...ADA, name: HOSTILE, label: HOSTILE };
    const episode = makeEpisode(
      [{ speakerId: ADA.id, sentences: [{ text: HOSTILE, start: 1, end: 4 }] }],
      [hostileSpeaker],
    );
    const withSection = {
      ...episode,
      sections: [{ id: "sec-1", title: HOSTILE, start: 0, end: 4 }],
    } as Episode;
    const root = parse(buildTranscriptHtml(withSection));
    expect(root.querySelector("script, img")).toBeNull();
    expect(root.querySelector("h2")?.textContent).toBe(HOSTILE);
    expect(root.querySelector("bdi")?.textContent).toBe(HOSTILE);
    expect(root.querySelector("[data-speaker-name]")?.getAttribute("data-speaker-name")).toBe(HOSTILE);
    expect(root.querySelector("[data-sentence]")?.textContent).toBe(`${HOSTILE} `);
  });

  it("shows a speaker's picture over their initials, only for a speaker who has one", () => {
    const pictured = { ...ADA, image: 'https://img.example/a.jpg?x="><script>' };
    const episode = makeEpisode(
      [
        { speakerId: ADA.id, sentences: [{ text: "Hello there.", start: 1, end: 2 }] },
        { speakerId: VOICE_2.id, sentences: [{ text: "Hi.", start: 3, end: 4 }] },
      ],
      [pictured, VOICE_2],
    );
    const root = parse(buildTranscriptHtml(episode));
    const avatars = root.querySelectorAll(".turn-name > .avatar");
    expect(avatars).toHaveLength(1);
    expect(avatars[0]?.getAttribute("aria-hidden")).toBe("true");
    expect(avatars[0]?.textContent).toBe("AL");
    const img = avatars[0]?.querySelector("img");
    expect(img?.getAttribute("src")).toBe(pictured.image);
    expect(img?.getAttribute("alt")).toBe("");
    expect(img?.getAttribute("referrerpolicy")).toBe("no-referrer");
    expect(root.querySelector("script")).toBeNull();
    // The name is still the turn's text, after the picture.
    expect(root.querySelector(".turn-name bdi")?.textContent).toBe("Ada Lovelace");
  });

  it("links a named speaker's name to their page, never an unnamed voice's", () => {
    const episode = makeEpisode(
      [
        { speakerId: ADA.id, sentences: [{ text: "Hello there.", start: 1, end: 2 }] },
        { speakerId: VOICE_2.id, sentences: [{ text: "Hi.", start: 3, end: 4 }] },
      ],
      [ADA, VOICE_2],
    );
    const people = new Map([["ada lovelace", "ada-lovelace"]]);
    const root = parse(buildTranscriptHtml(episode, people));
    const names = [...root.querySelectorAll(".turn-name")];
    expect(names[0]?.querySelector("a")?.getAttribute("href")).toBe("/people/ada-lovelace");
    expect(names[0]?.querySelector("a bdi")?.textContent).toBe("Ada Lovelace");
    expect(names[1]?.querySelector("a")).toBeNull();
    // Without the people index, names stay text (and the memo does not hand back the linked one).
    expect(parse(buildTranscriptHtml(episode)).querySelector(".turn-name a")).toBeNull();
  });

  it("gives each sentence its id and times, each timed paragraph a seek link, notes their own element", () => {
    const episode = makeEpisode(
      [
        { speakerId: ADA.id, sentences: [{ text: "Hello there.", start: 1.5, end: 3 }] },
        { speakerId: VOICE_2.id, sentences: [{ text: "Jeff [BOO-dee-ay] Boudier.", start: 65, end: 70 }] },
      ],
      [ADA, VOICE_2],
    );
    const root = parse(buildTranscriptHtml(episode));
    const [first, second] = sentencesOf(episode);
    const hello = root.querySelector(`#${first?.id}`);
    expect(hello?.getAttribute("data-start")).toBe("1.5");
    expect(hello?.getAttribute("data-end")).toBe("3");
    expect(root.querySelector(`#${second?.id} .note`)?.textContent).toBe("[BOO-dee-ay]");
    expect(root.querySelector(`#${second?.id}`)?.textContent).toBe("Jeff [BOO-dee-ay] Boudier. ");
    const links = [...root.querySelectorAll("a[data-seek]")];
    expect(links.map((a) => [a.getAttribute("href"), a.textContent, a.getAttribute("aria-label")])).toEqual([
      ["?t=1.5", "0:01", "Play from 0:01"],
      ["?t=65", "1:05", "Play from 1:05"],
    ]);
    expect([...root.querySelectorAll(".turn-name bdi")].map((b) => b.textContent)).toEqual([
      "Ada Lovelace",
      "Speaker 2",
    ]);
  });

  it("leaves out the times of an untimed sentence, and the seek link of an untimed paragraph", () => {
    const episode = makeEpisode([{ sentences: [{ text: "No times here." }] }]);
    const root = parse(buildTranscriptHtml(episode));
    expect(root.querySelector("[data-sentence]")?.hasAttribute("data-start")).toBe(false);
    expect(root.querySelector("a")).toBeNull();
    expect(root.querySelector(".turn-name")).toBeNull();
  });

  it("carries every sentence of a real episode once, in reading order", () => {
    const episode = loadEpisode("hugging-face-watsonx");
    const root = parse(buildTranscriptHtml(episode));
    const ids = [...root.querySelectorAll("[data-sentence]")].map((s) => s.id);
    expect(ids).toEqual(sentencesOf(episode).map((s) => s.id));
    expect(root.querySelectorAll("h2").length).toBe(episode.sections.length);
  });
});

describe("sentenceHtml", () => {
  it("joins a sentence's words with single spaces and ends with one", () => {
    const [sentence] = sentencesOf(makeEpisode([{ sentences: [{ text: "A & B < C.", start: 0, end: 1 }] }]));
    expect(sentenceHtml(sentence!)).toMatch(/>A &amp; B &lt; C\. <\/span>$/);
  });
});
