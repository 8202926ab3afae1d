import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const canShare = () => typeof navigator.share === "function";

/** Whether the browser has a share sheet (`navigator.share`); false on the server and at hydration. */
export function useCanShare(): boolean {
  return useSyncExternalStore(noSubscription, canShare, () => false);
}
