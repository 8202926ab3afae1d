import { getPersonInitials } from "@/lib/view/person-initials";

/**
 * A person's picture in a small circle, over their initials: when the picture cannot load (a
 * feed's host is down, the reader blocks it), the browser draws nothing for an image with an
 * empty alt, and the initials show through. Decorative: the name is always written beside it.
 */
export function Avatar({
  name,
  image,
  size = "sm",
}: {
  name: string;
  image?: string;
  size?: "sm" | "md" | "lg";
}) {
  const box = { sm: "h-6 w-6 text-[0.625rem]", md: "h-8 w-8 text-xs", lg: "h-16 w-16 text-xl" }[size];
  return (
    <span
      aria-hidden="true"
      className={`relative inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-slate-200 font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-100 ${box}`}
    >
      {getPersonInitials(name)}
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- a feed's picture on another host: next/image would need every host configured
        <img
          src={image}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          className="absolute inset-0 h-full w-full object-cover"
        />
      )}
    </span>
  );
}
