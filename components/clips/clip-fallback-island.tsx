"use client";

import { useEffect, useState } from "react";
import { parseClipId } from "@/lib/links/clip-id";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { SLUG_PATTERN } from "@/lib/model/slug-pattern";

/** The clip id of a 404's address, if it is one: `/clips/<id>` (a static host may add `.html`). */
const CLIP_PATH = /^\/clips\/([0-9a-z-]+?)(?:\.html)?\/?$/;

/** The slug `codes` (the fetched `/clips/index.json`) gives `code`, if it is a slug. */
function slugOf(codes: unknown, code: string): string | undefined {
  if (typeof codes !== "object" || codes === null || !Object.hasOwn(codes, code)) return undefined;
  const slug: unknown = (codes as Record<string, unknown>)[code];
  return typeof slug === "string" && SLUG_PATTERN.test(slug) ? slug : undefined;
}

/**
 * On the static copy's 404 page: a clip that was never saved as a page (only highlights are) opens
 * its episode's range link instead, which lands on the same words. The server renders every clip,
 * and answers a clip id that names none with its own page (app/clips/[id]/not-found.tsx), so this
 * acts on a static host only.
 */
export function ClipFallbackIsland() {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const id = CLIP_PATH.exec(window.location.pathname)?.[1];
    const ref = id ? parseClipId(id) : undefined;
    if (!ref) return;
    fetch("/clips/index.json")
      .then((response) => (response.ok ? response.json() : undefined))
      .then((codes: unknown) => {
        const slug = slugOf(codes, ref.code);
        if (!slug) return setMissing(true);
        window.location.replace(`/episodes/${slug}?t=${formatTimeParam(ref.start, ref.end)}`);
      })
      .catch(() => setMissing(true));
  }, []);
  return missing ? (
    <p role="status" className="mt-6 font-medium">
      This clip link names no episode of this library.
    </p>
  ) : null;
}
