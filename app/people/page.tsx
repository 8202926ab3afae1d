import type { Metadata } from "next";
import { PeopleList } from "@/components/people/people-list";
import { loadPeople } from "@/components/people/load-people";
import { siteOrigin } from "@/lib/export/site-origin";
import { sortPeople } from "@/lib/view/people-index";

// Rendered on request from the catalogue, so a content build shows here without a site build.
export const dynamic = "force-dynamic";

const DESCRIPTION = "Everyone who speaks or is credited in the library, with their episodes and talk time.";

export function generateMetadata(): Metadata {
  // Absolute addresses only with a known origin (as the episode pages): none rather than localhost.
  const url = siteOrigin() ? "/people" : undefined;
  return {
    title: "People",
    description: DESCRIPTION,
    ...(url ? { alternates: { canonical: url } } : {}),
    openGraph: { title: "People", description: DESCRIPTION, type: "website", ...(url ? { url } : {}) },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const sort = (await searchParams).sort === "name" ? "name" : "talk";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">People</h1>
      <PeopleList people={sortPeople(loadPeople().people, sort)} sort={sort} />
    </div>
  );
}
