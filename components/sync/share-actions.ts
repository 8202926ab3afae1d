import { messages } from "@/lib/messages/message-store";

// Copying and sharing from the page's buttons (a moment, a quote, a clip): each result is said
// in the page's message region (ToastRegionIsland), in view and announced.

/** Copies `text` and says `done`; where the page may not copy, says `failed` instead. True when copied. */
export async function copyAndSay(text: string, done: string, failed: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    messages.show(done);
    return true;
  } catch {
    messages.show(failed);
    return false;
  }
}

/** Opens the system's share sheet; says when sharing fails, not when the reader cancels. True when shared. */
export async function shareAndSay(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "AbortError")) messages.show("Sharing failed");
    return false;
  }
}
