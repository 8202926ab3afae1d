/** YouTube's privacy-enhanced embed hosts: the only frames the page may load. */
export const YOUTUBE_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://www.youtube.com"];

/**
 * The Content-Security-Policy for every response.
 *
 * `script-src 'unsafe-inline'` stays because pages are prerendered to static HTML:
 * Next inlines its flight data and we inline the theme script that prevents a flash of the
 * wrong colour scheme; a per-request nonce would force every page to render on request.
 * `style-src 'unsafe-inline'` stays for React `style` attributes (speaker colours, the
 * episode map's widths). `unsafe-eval` is only allowed in development (React's dev tools).
 * `img-src https:` because a feed's people bring pictures from their own hosts (as its enclosures
 * bring media, hence `media-src https:`); the pictures are sent no referrer.
 */
export function contentSecurityPolicy(dev: boolean): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), "https://www.youtube.com"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "media-src": ["'self'", "blob:", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "frame-src": YOUTUBE_FRAME_HOSTS,
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Security headers sent with every route (see `next.config.ts`). */
export function securityHeaders(dev: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value:
        'camera=(), microphone=(), geolocation=(), autoplay=(self "https://www.youtube-nocookie.com"), encrypted-media=(self "https://www.youtube-nocookie.com"), fullscreen=(self "https://www.youtube-nocookie.com")',
    },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
