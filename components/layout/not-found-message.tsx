import Link from "next/link";
import type { ReactNode } from "react";

/** A 404 page's body: what is missing, why it may be, and the way back to the library. */
export function NotFoundMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="py-12">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
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
