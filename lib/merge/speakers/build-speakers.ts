import type { Speaker } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import { IdAllocator } from "../transcript/allocate-id";
import type { VoiceName } from "./name-voices";
import { slugify } from "../../model/slugify";

/** What {@link buildSpeakers} needs to know. */
export interface SpeakerInput {
  /** Distinct clean-text `Name:` labels, in order of first appearance. */
  names: readonly string[];
  /** Source id the names came from. */
  namesSource?: string;
  /** Caption voices with the name each was given (if any), in order of appearance. */
  voices: readonly VoiceName[];
  /** Source id of the captions. */
  captionSource?: string;
  /** Manifest overrides keyed by voice ("Speaker 1") or by name. */
  overrides?: Manifest["speakers"];
}

/** Speakers plus lookups from clean names and caption voices to speaker ids. */
export interface SpeakerTable {
  speakers: Speaker[];
  idOfName: Map<string, string>;
  idOfVoice: Map<string, string>;
  /** Manifest keys that matched no speaker. */
  unmatchedOverrides: string[];
  /** True when the manifest changed a name or role. */
  overridden: boolean;
}

interface Draft {
  name?: string;
  label: string;
  role?: string;
  nameSource?: string;
  voices: string[];
  names: string[];
}

/** "Speaker 3", "SPEAKER_03", "spk 3", "Voice 3" … — anonymous diarisation labels. */
const ANONYMOUS = /^(?:speaker|spk|voice|s)[\s_-]*0*(\d+)$/i;

/**
 * Whether a caption voice is an anonymous label rather than a name.
 * @param voice a `<v …>` voice
 */
export function isAnonymousVoice(voice: string): boolean {
  return ANONYMOUS.test(voice.trim());
}

/**
 * Build the speaker list: one speaker per clean name (with the voices named
 * after it), one per remaining voice (a non-anonymous voice is taken as a name,
 * an anonymous one stays unnamed with its label), then manifest overrides
 * (name/role, `nameSource: "episode.json"`); speakers that end up with the same
 * name are merged. Ids: slug of the name, `voice-N` for "Speaker N", deduped.
 * @param input names, voices and overrides
 */
export function buildSpeakers(input: SpeakerInput): SpeakerTable {
  const drafts = draftSpeakers(input);
  const { unmatchedOverrides, overridden } = applyOverrides(drafts, input.overrides);
  return { ...tabulate(mergeSameNames(drafts)), unmatchedOverrides, overridden };
}

/** One draft per clean name (with the voices named after it), then one per remaining voice. */
function draftSpeakers(input: SpeakerInput): Draft[] {
  const drafts: Draft[] = [];
  const byName = new Map<string, Draft>();
  const add = (d: Draft): void => {
    drafts.push(d);
    if (d.name !== undefined) byName.set(d.name, d);
  };
  for (const name of input.names) {
    if (byName.has(name)) continue;
    add({
      name,
      label: name,
      voices: [],
      names: [name],
      ...(input.namesSource ? { nameSource: input.namesSource } : {}),
    });
  }
  for (const v of input.voices) {
    const named = v.name !== undefined ? byName.get(v.name) : undefined;
    if (named) {
      named.voices.push(v.voice);
      continue;
    }
    if (!isAnonymousVoice(v.voice)) {
      const existing = byName.get(v.voice);
      const source = input.captionSource ? { nameSource: input.captionSource } : {};
      if (existing) existing.voices.push(v.voice);
      else add({ name: v.voice, label: v.voice, voices: [v.voice], names: [], ...source });
      continue;
    }
    drafts.push({ label: v.voice, voices: [v.voice], names: [] });
  }
  return drafts;
}

/** Manifest overrides (by voice, then name, then label) change names and roles in place. */
function applyOverrides(
  drafts: Draft[],
  overrides: Manifest["speakers"] | undefined,
): Pick<SpeakerTable, "unmatchedOverrides" | "overridden"> {
  const unmatchedOverrides: string[] = [];
  let overridden = false;
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const d =
      drafts.find((x) => x.voices.includes(key)) ??
      drafts.find((x) => x.name === key) ??
      drafts.find((x) => x.label === key);
    if (!d) {
      unmatchedOverrides.push(key);
      continue;
    }
    if (value.name !== undefined) {
      d.name = value.name;
      d.nameSource = "episode.json";
      overridden = true;
    }
    if (value.role !== undefined) {
      d.role = value.role;
      overridden = true;
    }
  }
  return { unmatchedOverrides, overridden };
}

/** Drafts that ended up with the same name become one (voices and names joined, first role kept). */
function mergeSameNames(drafts: readonly Draft[]): Draft[] {
  const merged: Draft[] = [];
  for (const d of drafts) {
    const same = d.name !== undefined ? merged.find((m) => m.name === d.name) : undefined;
    if (same) {
      same.voices.push(...d.voices.filter((v) => !same.voices.includes(v)));
      same.names.push(...d.names);
      same.role ??= d.role;
    } else merged.push({ ...d, voices: [...d.voices], names: [...d.names] });
  }
  return merged;
}

/** Model speakers with unique ids, and the name/voice → id lookups. */
function tabulate(merged: readonly Draft[]): Pick<SpeakerTable, "speakers" | "idOfName" | "idOfVoice"> {
  const ids = new IdAllocator();
  const table: Pick<SpeakerTable, "speakers" | "idOfName" | "idOfVoice"> = {
    speakers: [],
    idOfName: new Map(),
    idOfVoice: new Map(),
  };
  for (const d of merged) {
    const anon = ANONYMOUS.exec(d.label.trim());
    const base =
      d.name !== undefined
        ? slugify(d.name, "speaker")
        : anon
          ? `voice-${anon[1]}`
          : `voice-${slugify(d.label, "x")}`;
    const id = ids.take(base);
    table.speakers.push({
      id,
      ...(d.name !== undefined ? { name: d.name } : {}),
      label: d.name ?? d.label,
      ...(d.role !== undefined ? { role: d.role } : {}),
      ...(d.name !== undefined && d.nameSource !== undefined ? { nameSource: d.nameSource } : {}),
      voices: d.voices,
    });
    for (const n of d.names) table.idOfName.set(n, id);
    for (const v of d.voices) table.idOfVoice.set(v, id);
  }
  return table;
}
