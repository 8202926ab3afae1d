import { asElement } from "./as-element";

/**
 * Keeps sentences selectable with the mouse. In Chromium, a drag that starts inside a focusable
 * inline element (sentences carry `tabindex` for keyboard navigation) that does not start its
 * line selects nothing: the focus given on mousedown drops the selection. So for the length of
 * a primary-button press the pressed sentence loses its `tabindex` (it is not focused by the
 * click; keyboard focus and the roving tabindex are unaffected) and gets it back on release.
 *
 * @returns a function that stops listening and restores any attribute still removed.
 */
export function keepTextSelectable(container: HTMLElement, selector = "[data-sentence]"): () => void {
  const doc = container.ownerDocument;
  let restore: (() => void) | undefined;

  const onMouseDown = (event: MouseEvent) => {
    restore?.();
    const target = asElement(event.target);
    if (event.button !== 0 || !target) return;
    const sentence = target.closest<HTMLElement>(selector);
    const value = sentence?.getAttribute("tabindex");
    if (!sentence || value === null || value === undefined || !container.contains(sentence)) return;
    if (target.closest("a, button, input, textarea, select, summary") !== null) return;
    sentence.removeAttribute("tabindex");
    const done = () => {
      restore = undefined;
      doc.removeEventListener("mouseup", done, true);
      if (!sentence.hasAttribute("tabindex")) sentence.setAttribute("tabindex", value);
    };
    restore = done;
    doc.addEventListener("mouseup", done, true);
  };

  container.addEventListener("mousedown", onMouseDown);
  return () => {
    container.removeEventListener("mousedown", onMouseDown);
    restore?.();
  };
}
