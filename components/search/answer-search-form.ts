/** The form's fields as its GET submission would send them (its `formdata` listeners tidy them). */
function submittedParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string") params.append(name, value);
  return params;
}

/** Sets the form's fields to what `params` asks for; a field it leaves out, to its first choice or empty. */
function showParams(form: HTMLFormElement, params: URLSearchParams): void {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLSelectElement) {
      element.value = params.get(element.name) ?? "";
      if (element.selectedIndex < 0) element.selectedIndex = 0;
    } else if (element instanceof HTMLInputElement && element.name) {
      element.value = params.get(element.name) ?? "";
    }
  }
}

/**
 * Answers a GET search form in the page: a submitted search is added to the history (its address
 * is the one the form would have loaded) and `run`, with no new page, so the page's search engine
 * stays loaded and warm; Back and Forward put the form as their address asks and run that. A
 * search without words still loads its page (the page's hint for an empty search). The listener
 * is a capturing one, so it takes the submission before the form's other listeners see it (the
 * pending status, which waits for a page that will not come). Returns the undoing.
 */
export function answerSearchForm(form: HTMLFormElement, run: (params: URLSearchParams) => void): () => void {
  // The search part of the address last answered: a move in the history that keeps it (a link to
  // `#main`, the skip link, is one) is no new search, and must not reset the hits shown.
  let answered = location.search;
  const submitted = (event: SubmitEvent) => {
    const params = submittedParams(form);
    if (!params.get("q")?.trim()) return;
    event.preventDefault();
    const address = `${new URL(form.action).pathname}?${params}`;
    // The same search again is run again, as a reload would, without a second history entry.
    if (`?${params}` === location.search) history.replaceState(history.state, "", address);
    else history.pushState(null, "", address);
    answered = location.search;
    run(params);
  };
  const moved = () => {
    if (location.search === answered) return;
    answered = location.search;
    const params = new URLSearchParams(location.search);
    // Not one of this page's searches (an address without words): its own page says what it is.
    if (!params.get("q")?.trim()) return location.reload();
    showParams(form, params);
    run(params);
  };
  form.addEventListener("submit", submitted, { capture: true });
  window.addEventListener("popstate", moved);
  return () => {
    form.removeEventListener("submit", submitted, { capture: true });
    window.removeEventListener("popstate", moved);
  };
}
