/** Shown on the home page while the content model holds no episode. */
export function EmptyLibrary() {
  return (
    <section
      aria-labelledby="empty-title"
      className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700"
    >
      <h2 id="empty-title" className="text-lg font-semibold">
        No episodes yet
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        <li>
          Make a folder <code className="font-mono text-sm">content/sources/&lt;slug&gt;/</code>.
        </li>
        <li>Drop in a transcript, WebVTT captions, a summary page or show notes (any file names).</li>
        <li>
          Run <code className="font-mono text-sm">npm start</code>: it builds the episode and serves it here.
        </li>
      </ol>
    </section>
  );
}
