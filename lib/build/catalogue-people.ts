import type { CataloguePerson, CatalogueTurn, Episode } from "../model/episode-schema";
import { personKey } from "../model/person-key";
import { isTimedTurn } from "../model/talk-time";

/** How many of a speaker's longest turns each episode keeps: enough for a page's "a few". */
export const TURNS_PER_EPISODE = 3;
/** How much of a turn's start the catalogue quotes (characters); the page shows it as a teaser. */
export const QUOTE_CHARS = 140;

type Turn = Episode["transcript"]["turns"][number];

/** The turn's first words, plain text, cut at a word near `QUOTE_CHARS` with an ellipsis. */
function quoteStart(turn: Turn): string {
  let text = "";
  for (const p of turn.paragraphs)
    for (const s of p.sentences) {
      const words = s.words.filter((w) => !w.note).map((w) => w.text);
      text = text === "" ? words.join(" ") : `${text} ${words.join(" ")}`;
      if (text.length > QUOTE_CHARS) {
        const cut = text.slice(0, QUOTE_CHARS);
        const space = cut.lastIndexOf(" ");
        return `${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
      }
    }
  return text;
}

/** Each speaker's timed speech (the episode map's rule, `isTimedTurn`): total seconds and every timed turn. */
function timedTurns(episode: Episode): Map<string, { seconds: number; turns: Turn[] }> {
  const bySpeaker = new Map<string, { seconds: number; turns: Turn[] }>();
  for (const turn of episode.transcript.turns) {
    if (turn.speakerId === undefined || !isTimedTurn(turn)) continue;
    const entry = bySpeaker.get(turn.speakerId) ?? { seconds: 0, turns: [] };
    entry.seconds += turn.end - turn.start;
    entry.turns.push(turn);
    bySpeaker.set(turn.speakerId, entry);
  }
  return bySpeaker;
}

function longestTurns(turns: Turn[]): CatalogueTurn[] {
  return [...turns]
    .sort(
      (a, b) =>
        (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)) || (a.start ?? 0) - (b.start ?? 0),
    )
    .slice(0, TURNS_PER_EPISODE)
    .map((t) => ({ start: t.start ?? 0, end: t.end ?? 0, quote: quoteStart(t) }));
}

/**
 * The episode's people for the catalogue: its named speakers (talk time, longest turns), then
 * its credits (no talk time). Unnamed voices ("Speaker 2") are not people and are left out; a
 * credit whose name is also a speaker's is left to the speaker.
 */
export function toCataloguePeople(episode: Episode): CataloguePerson[] {
  const timed = timedTurns(episode);
  const people: CataloguePerson[] = [];
  const seen = new Set<string>();
  for (const speaker of episode.speakers) {
    if (!speaker.name || seen.has(personKey(speaker.name))) continue;
    seen.add(personKey(speaker.name));
    const speech = timed.get(speaker.id);
    people.push({
      name: speaker.name,
      ...(speaker.role ? { role: speaker.role } : {}),
      ...(speaker.image ? { image: speaker.image } : {}),
      seconds: Math.round((speech?.seconds ?? 0) * 1000) / 1000,
      turns: longestTurns(speech?.turns ?? []),
    });
  }
  for (const credit of episode.credits) {
    if (seen.has(personKey(credit.name))) continue;
    seen.add(personKey(credit.name));
    people.push({
      name: credit.name,
      ...(credit.role ? { role: credit.role } : {}),
      ...(credit.image ? { image: credit.image } : {}),
      seconds: 0,
      credited: true,
      turns: [],
    });
  }
  return people;
}
