"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Where the side column shows beside the text rather than as a drawer (Tailwind's `lg`). */
const WIDE = "(width >= 64rem)";

/**
 * The sections and key points: a disclosure ("drawer") above the text on narrow screens, open
 * as the side column on wide ones. The server renders it closed, so that a phone shows the
 * transcript first even before scripts run; this island opens it on wide screens, and closes it
 * on narrow ones once a link is chosen (the page then shows the target, not the list) or on Escape.
 */
export function SideDrawerIsland({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      details.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);

  const onClick = (event: React.MouseEvent<HTMLDetailsElement>) => {
    const link = (event.target as Element).closest("a[href]");
    if (link && ref.current && !window.matchMedia(WIDE).matches) ref.current.open = false;
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    if (event.key !== "Escape" || !details?.open || window.matchMedia(WIDE).matches) return;
    details.open = false;
    details.querySelector<HTMLElement>("summary")?.focus();
  };

  return (
    <details ref={ref} className={`group ${className ?? ""}`} onClick={onClick} onKeyDown={onKeyDown}>
      <summary className="flex cursor-pointer items-center justify-between rounded-md border border-slate-200 px-3 py-2 text-sm font-semibold hover:bg-slate-50 lg:group-open:hidden dark:border-slate-800 dark:hover:bg-slate-900">
        <span>{label}</span>
        <span aria-hidden="true" className="text-slate-600 group-open:rotate-180 dark:text-slate-400">
          ▾
        </span>
      </summary>
      <div className="mt-3 space-y-8 lg:mt-0">{children}</div>
    </details>
  );
}
