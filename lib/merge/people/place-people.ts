import type { Credit, Highlight, Speaker } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import type { MergeContext } from "../merge-context";
import { applyPeople } from "./apply-people";
import { buildHighlights } from "./build-highlights";

/**
 * The people stage: the manifest's people onto the speakers (pictures, pages, roles) and as
 * credits, and its soundbites and marked moments as highlights (see applyPeople, buildHighlights).
 */
export function placePeople(input: {
  manifest: Manifest | undefined;
  speakers: readonly Speaker[];
  duration: number | undefined;
  ctx: MergeContext;
}): { speakers: Speaker[]; credits: Credit[]; highlights: Highlight[] } {
  const { manifest, duration, ctx } = input;
  const { speakers, credits } = applyPeople(input.speakers, manifest?.people, ctx.log);
  const highlights = buildHighlights({
    soundbites: manifest?.soundbites,
    highlights: manifest?.highlights,
    duration,
    log: ctx.log,
    warnings: ctx.warnings,
  });
  return { speakers, credits, highlights };
}
