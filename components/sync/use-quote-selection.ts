import { useEffect, useRef, useState } from "react";
import { readQuoteSelection, type QuoteSelection } from "@/lib/sync/read-quote-selection";

/** Where the selection is on screen (viewport px). */
export interface SelectionRect {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

export type ActiveQuote = Omit<QuoteSelection, "sentences"> & { rect: SelectionRect };

type Bounds = [Node, number, Node, number];
const boundsOf = (range: Range): Bounds => [
  range.startContainer,
  range.startOffset,
  range.endContainer,
  range.endOffset,
];
const sameBounds = (a: Bounds | undefined, b: Bounds) =>
  a !== undefined && a.every((value, i) => value === b[i]);

/**
 * The quote selected in `#transcript`, or null; read at most once a frame on selectionchange,
 * scroll and resize. `dismiss()` (and Escape) hide it until the selection changes.
 */
export function useQuoteSelection(): { quote: ActiveQuote | null; dismiss: () => void } {
  const [quote, setQuote] = useState<ActiveQuote | null>(null);
  const dismissed = useRef<Bounds | undefined>(undefined);

  const dismiss = () => {
    const selection = window.getSelection();
    dismissed.current = selection && selection.rangeCount > 0 ? boundsOf(selection.getRangeAt(0)) : undefined;
    setQuote(null);
  };

  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const transcript = document.getElementById("transcript");
      const selection = window.getSelection();
      const found = transcript ? readQuoteSelection(selection, transcript) : undefined;
      const range = found && selection ? selection.getRangeAt(0) : undefined;
      if (!found || !range || sameBounds(dismissed.current, boundsOf(range))) return setQuote(null);
      dismissed.current = undefined;
      const box = range.getBoundingClientRect();
      const { text, start, end, link, speaker } = found;
      setQuote({
        text,
        start,
        end,
        link,
        speaker,
        rect: { top: box.top, bottom: box.bottom, left: box.left, width: box.width },
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const selection = window.getSelection();
      if (event.key !== "Escape" || !selection || selection.rangeCount === 0) return;
      dismissed.current = boundsOf(selection.getRangeAt(0));
      setQuote(null);
    };
    document.addEventListener("selectionchange", schedule);
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", schedule);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  return { quote, dismiss };
}
