import { NotFoundMessage } from "@/components/layout/not-found-message";

/** A clip id that names no clip here: not one (mistyped, cut short), or its episode is gone. */
export default function ClipNotFound() {
  return (
    <NotFoundMessage title="Clip not found">
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        This clip link does not name a clip of this library: it may have been cut short when it was copied, or
        its episode was removed or changed.
      </p>
    </NotFoundMessage>
  );
}
