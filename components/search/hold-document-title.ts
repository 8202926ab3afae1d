/**
 * Keeps the document's title at the one last set, until released. The static copy's /search
 * page is one prerendered page, titled "Search", and its island titles it with the query once it
 * answers. React can commit the page's own <title> after that: on a slow CPU the boundary that
 * holds the metadata hydrates after the island's effect ran, and React patches the title's text
 * back (seen in Chromium at a 4× CPU slowdown, 70–230 ms after the island set it, in 3 loads of 8).
 * A title written from outside React does not survive that, so this one is written again when
 * anything else changes it.
 */
export function holdDocumentTitle(): { set: (title: string) => void; release: () => void } {
  let held: string | undefined;
  const restore = () => {
    if (held !== undefined && document.title !== held) document.title = held;
  };
  const observer = new MutationObserver(restore);
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  return {
    set(title) {
      held = title;
      restore();
    },
    release() {
      observer.disconnect();
      held = undefined;
    },
  };
}
