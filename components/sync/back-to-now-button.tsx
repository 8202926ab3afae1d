/** The fixed button shown when the reader scrolled away from the playing sentence. */
export function BackToNowButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="fixed bottom-[calc(var(--mini-player-h,0px)+1rem)] right-4 z-30 inline-flex items-center gap-2 rounded-full bg-indigo-700 px-4 py-2 text-sm font-semibold text-white shadow-lg hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
    >
      <span aria-hidden="true">↓</span>
      Back to now
    </button>
  );
}
