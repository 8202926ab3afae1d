"use client";

import { useEffect, useState } from "react";

/** The Navigation API, where the browser has it (older browsers: typing again still ends the status). */
const navigationOf = (view: Window): EventTarget | undefined =>
  "navigation" in view && view.navigation instanceof EventTarget ? view.navigation : undefined;

/**
 * Says that a search is on its way while the browser fetches its page. The form is a plain GET
 * form, so the old page stays as it was until the new one arrives, and at 1,000 hours a common
 * word takes a second or two (the search thread answers one statement at a time). Meanwhile the
 * form is marked `data-pending` (for its own styles) and the old results, when this page has
 * them (`resultsId`), busy (dimmed by their `aria-busy:` style). Typing again ends it, and so
 * do the reader stopping the page's loading (Esc, the stop button: the Navigation API's
 * `navigateerror`) and coming back to this page from the history: none of them is that
 * search's page arriving. The status is in the page from the start, empty, so that screen
 * readers announce it; `className` styles it (the header's is for screen readers only).
 */
export function SearchPendingIsland({
  formId,
  resultsId,
  className = "text-sm text-slate-700 empty:sr-only dark:text-slate-300",
}: {
  formId: string;
  resultsId: string;
  className?: string;
}) {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const navigation = navigationOf(window);
    const show = (busy: boolean) => {
      setPending(busy);
      const results = document.getElementById(resultsId);
      form.toggleAttribute("data-pending", busy);
      if (busy) results?.setAttribute("aria-busy", "true");
      else results?.removeAttribute("aria-busy");
    };
    const submitted = (event: SubmitEvent) => !event.defaultPrevented && show(true);
    const ended = () => show(false);
    const restored = (event: PageTransitionEvent) => event.persisted && show(false);
    form.addEventListener("submit", submitted);
    form.addEventListener("input", ended);
    navigation?.addEventListener("navigateerror", ended);
    window.addEventListener("pageshow", restored);
    return () => {
      form.removeEventListener("submit", submitted);
      form.removeEventListener("input", ended);
      navigation?.removeEventListener("navigateerror", ended);
      window.removeEventListener("pageshow", restored);
    };
  }, [formId, resultsId]);
  return (
    <p role="status" className={className}>
      {pending ? "Searching every episode…" : ""}
    </p>
  );
}
