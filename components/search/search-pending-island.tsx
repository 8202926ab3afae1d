"use client";

import { useEffect, useState } from "react";

/**
 * Says that a search is on its way while the browser fetches its page. The form is a plain GET
 * form, so the old page stays as it was until the new one arrives, and at 1,000 hours a common
 * word takes a second or two (the search thread answers one statement at a time). Meanwhile the
 * old results are marked busy (`resultsId`, dimmed by its `aria-busy:` style). Typing again, or
 * coming back to this page from the history, ends it: neither is that search's page arriving.
 * The status is in the page from the start, empty, so that screen readers announce it.
 */
export function SearchPendingIsland({ formId, resultsId }: { formId: string; resultsId: string }) {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const show = (busy: boolean) => {
      setPending(busy);
      const results = document.getElementById(resultsId);
      if (busy) results?.setAttribute("aria-busy", "true");
      else results?.removeAttribute("aria-busy");
    };
    const submitted = (event: SubmitEvent) => !event.defaultPrevented && show(true);
    const typed = () => show(false);
    const restored = (event: PageTransitionEvent) => event.persisted && show(false);
    form.addEventListener("submit", submitted);
    form.addEventListener("input", typed);
    window.addEventListener("pageshow", restored);
    return () => {
      form.removeEventListener("submit", submitted);
      form.removeEventListener("input", typed);
      window.removeEventListener("pageshow", restored);
    };
  }, [formId, resultsId]);
  return (
    <p role="status" className="text-sm text-slate-700 empty:sr-only dark:text-slate-300">
      {pending ? "Searching every episode…" : ""}
    </p>
  );
}
