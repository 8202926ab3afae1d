import type { Ref } from "react";
import { SHORTCUTS } from "@/lib/sync/keyboard-shortcuts";

/** The keyboard shortcuts, in a native modal `<dialog>` (Escape closes it). Opened with `?`. */
export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-dialog-title"
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="shortcuts-dialog-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <form method="dialog">
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </form>
      </div>
      <dl className="mt-4 space-y-2 text-sm">
        {SHORTCUTS.map(({ keys, label }) => (
          <div key={label} className="flex items-baseline justify-between gap-4">
            <dt className="flex shrink-0 gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-slate-700 dark:text-slate-300">{label}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
