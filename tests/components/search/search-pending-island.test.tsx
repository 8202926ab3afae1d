// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { SearchPendingIsland } from "@/components/search/search-pending-island";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

/** A form with a query field, the results below it, and the island beside them. */
async function mount(): Promise<{ form: HTMLFormElement; results: HTMLElement; status: () => string }> {
  document.body.innerHTML = `<form id="f"><input name="q"></form><div id="r"><p>old results</p></div><div id="host"></div>`;
  root = createRoot(document.getElementById("host") as HTMLElement);
  await act(async () => root?.render(<SearchPendingIsland formId="f" resultsId="r" />));
  const status = () => document.querySelector('[role="status"]')?.textContent ?? "(no status)";
  return {
    form: document.getElementById("f") as HTMLFormElement,
    results: document.getElementById("r") as HTMLElement,
    status,
  };
}

const submit = (form: HTMLFormElement, prevented = false) => {
  const event = new Event("submit", { bubbles: true, cancelable: true });
  if (prevented) event.preventDefault();
  form.dispatchEvent(event);
};

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
});

describe("SearchPendingIsland", () => {
  it("is an empty status until the form is sent", async () => {
    const { status, results } = await mount();
    expect(status()).toBe("");
    expect(results.hasAttribute("aria-busy")).toBe(false);
  });

  it("says the search is on its way, and marks the form pending and the old results busy, once the form is sent", async () => {
    const { form, status, results } = await mount();
    await act(async () => submit(form));
    expect(status()).toBe("Searching every episode…");
    expect(results.getAttribute("aria-busy")).toBe("true");
    expect(form.hasAttribute("data-pending")).toBe(true);
  });

  it("says nothing when the sending was cancelled", async () => {
    const { form, status, results } = await mount();
    await act(async () => submit(form, true));
    expect(status()).toBe("");
    expect(results.hasAttribute("aria-busy")).toBe(false);
  });

  it("ends when the reader types again", async () => {
    const { form, status, results } = await mount();
    await act(async () => submit(form));
    await act(async () => form.querySelector("input")?.dispatchEvent(new Event("input", { bubbles: true })));
    expect(status()).toBe("");
    expect(results.hasAttribute("aria-busy")).toBe(false);
    expect(form.hasAttribute("data-pending")).toBe(false);
  });

  it("ends when the reader stops the page's loading (the Navigation API's navigateerror)", async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, "navigation", { value: navigation, configurable: true });
    try {
      const { form, status, results } = await mount();
      await act(async () => submit(form));
      // Another event of the API (a navigation starting) is not a stop.
      await act(async () => navigation.dispatchEvent(new Event("navigate")));
      expect(status()).toBe("Searching every episode…");
      await act(async () => navigation.dispatchEvent(new Event("navigateerror")));
      expect(status()).toBe("");
      expect(results.hasAttribute("aria-busy")).toBe(false);
      expect(form.hasAttribute("data-pending")).toBe(false);
    } finally {
      Reflect.deleteProperty(window, "navigation");
    }
  });

  it("works on a page without results: only the form is marked", async () => {
    const { form, status, results } = await mount();
    results.remove();
    await act(async () => submit(form));
    expect(status()).toBe("Searching every episode…");
    expect(form.hasAttribute("data-pending")).toBe(true);
  });

  it("ends when the page comes back from the history, not on a first show", async () => {
    const { form, status } = await mount();
    await act(async () => submit(form));
    await act(async () => window.dispatchEvent(Object.assign(new Event("pageshow"), { persisted: false })));
    expect(status()).toBe("Searching every episode…");
    await act(async () => window.dispatchEvent(Object.assign(new Event("pageshow"), { persisted: true })));
    expect(status()).toBe("");
  });
});
