import { ClipFallbackIsland } from "@/components/clips/clip-fallback-island";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function NotFound() {
  return (
    <NotFoundMessage title="Page not found">
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        There is no page at this address. The episode may have been renamed or removed.
      </p>
      <ClipFallbackIsland />
    </NotFoundMessage>
  );
}
