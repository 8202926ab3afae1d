import { createCueIndex, findActive } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";

interface SectionCue {
  start: number;
  /** NaN when unknown: the section then lasts until the next one starts. */
  end: number;
  heading?: HTMLElement;
  links: HTMLElement[];
}

/**
 * Sections with a heading in the transcript (`[data-section-start]`, optional
 * `[data-section-end]`, an `id`), and the nav links (`[data-section-link="<id>"]`) of sections
 * without one, whose `data-seek` is their start (chapters).
 */
function collectSections(doc: ParentNode, transcript: ParentNode): SectionCue[] {
  const links = new Map<string, HTMLElement[]>();
  for (const link of doc.querySelectorAll<HTMLElement>("[data-section-link]")) {
    const id = link.dataset.sectionLink ?? "";
    links.set(id, [...(links.get(id) ?? []), link]);
  }
  const sections: SectionCue[] = [];
  const withHeading = new Set<string>();
  for (const heading of transcript.querySelectorAll<HTMLElement>("[data-section-start]")) {
    const start = readTimeAttribute(heading, "data-section-start");
    if (!Number.isFinite(start)) continue;
    if (heading.id) withHeading.add(heading.id);
    const end = readTimeAttribute(heading, "data-section-end");
    sections.push({ start, end, heading, links: links.get(heading.id) ?? [] });
  }
  for (const [id, group] of links) {
    const start = readTimeAttribute(group[0] as HTMLElement, "data-seek");
    if (!withHeading.has(id) && Number.isFinite(start))
      sections.push({ start, end: Number.NaN, links: group });
  }
  return sections;
}

/** Marks the section playing: its heading `data-current`, its nav links `aria-current="location"`. */
export interface SectionMarker {
  /** Marks the section at `t` (s), or none past a section's known end. */
  update(t: number): void;
  clear(): void;
}

export function createSectionMarker(doc: ParentNode, transcript: ParentNode): SectionMarker {
  const sections = collectSections(doc, transcript);
  const index = createCueIndex(
    sections.map((s) => s.start),
    sections.map(() => Number.NaN),
  );
  let active: SectionCue | undefined;
  const set = (section: SectionCue | undefined) => {
    if (section === active) return;
    active?.heading?.removeAttribute("data-current");
    active?.links.forEach((link) => link.removeAttribute("aria-current"));
    section?.heading?.setAttribute("data-current", "true");
    section?.links.forEach((link) => link.setAttribute("aria-current", "location"));
    active = section;
  };
  return {
    update(t) {
      const section = sections[findActive(index, t)];
      set(section && !(Number.isFinite(section.end) && t >= section.end) ? section : undefined);
    },
    clear: () => set(undefined),
  };
}
