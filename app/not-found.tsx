import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-12">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        There is no page at this address. The episode may have been renamed or removed.
      </p>
      <p className="mt-6">
        <Link
          href="/"
          className="font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300"
        >
          Browse all episodes
        </Link>
      </p>
    </section>
  );
}
