/**
 * Shortens text to `max` characters. Bidi and zero-width controls are dropped: the renderer has
 * no glyphs for them and would try to fetch a font from the network.
 */
function truncate(raw: string, max: number): string {
  const text = raw.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "");
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * The layout of a share image, for `ImageResponse` (Satori: flexbox and inline styles only).
 * Uses the renderer's bundled font; nothing is fetched.
 */
export function ShareCard({
  eyebrow,
  title,
  quote,
  footer,
}: {
  eyebrow?: string;
  title: string;
  quote?: string;
  footer?: string;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "linear-gradient(135deg, #1e1b4b 0%, #312e81 55%, #4338ca 100%)",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: "#c7d2fe" }}>
        {truncate(eyebrow ?? "Episode Explorer", 80)}
      </div>
      {quote ? (
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 46, lineHeight: 1.25 }}>{`“${truncate(quote, 220)}”`}</div>
          <div style={{ display: "flex", marginTop: 24, fontSize: 28, color: "#e0e7ff" }}>
            {truncate(title, 90)}
          </div>
        </div>
      ) : (
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>
          {truncate(title, 120)}
        </div>
      )}
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#c7d2fe" }}>
        <span>{truncate(footer ?? "", 80)}</span>
        <span>Episode Explorer</span>
      </div>
    </div>
  );
}
