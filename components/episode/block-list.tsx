import type { Block } from "@/lib/model/episode-schema";
import { blockHeadingId, blockItemId } from "@/lib/search/page-text-docs";

/** Show-notes paragraphs and lists (description, questions, links) in source order. */
export function BlockList({ blocks }: { blocks: Block[] }) {
  if (blocks.length === 0) return null;
  return (
    <section aria-label="Show notes" className="space-y-4 leading-relaxed">
      {blocks.map((block, i) => (
        <div key={i}>
          {block.heading && (
            <h2 id={blockHeadingId(i)} className="mb-1 text-lg font-semibold">
              {block.heading}
            </h2>
          )}
          {block.kind === "list" ? (
            <ul className="list-disc space-y-1 pl-5">
              {block.items.map((item, j) => (
                <li key={j} id={blockItemId(i, j)}>
                  {item}
                </li>
              ))}
            </ul>
          ) : (
            block.items.map((item, j) => (
              <p key={j} id={blockItemId(i, j)} className="mt-2 first:mt-0">
                {item}
              </p>
            ))
          )}
        </div>
      ))}
    </section>
  );
}
