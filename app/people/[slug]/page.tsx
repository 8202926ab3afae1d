import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonProfile, personSummary } from "@/components/people/person-profile";
import { loadPeople } from "@/components/people/load-people";
import { siteOrigin } from "@/lib/export/site-origin";

// Rendered on request from the catalogue's people (never the episodes' models), like the shows.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = loadPeople().bySlug.get((await params).slug);
  if (!person) return {};
  const description = `${person.name}${person.roles.length ? ` (${person.roles.join(", ")})` : ""}: ${personSummary(person)}.`;
  // Absolute addresses only with a known origin (as the episode pages): none rather than localhost.
  const url = siteOrigin() ? `/people/${person.slug}` : undefined;
  return {
    title: person.name,
    description,
    ...(url ? { alternates: { canonical: url } } : {}),
    openGraph: { title: person.name, description, type: "profile", ...(url ? { url } : {}) },
    twitter: { card: "summary", title: person.name, description },
  };
}

export default async function PersonPage({ params }: Props) {
  const person = loadPeople().bySlug.get((await params).slug);
  if (!person) notFound();
  return <PersonProfile person={person} />;
}
