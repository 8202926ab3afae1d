import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeInitScript } from "@/components/theme/theme-init-script";
import { ToastRegionIsland } from "@/components/layout/toast-region-island";
import { siteOrigin } from "@/lib/export/site-origin";
import "./globals.css";

const origin = siteOrigin();

export const metadata: Metadata = {
  // Only a configured origin: Next's own fallback is `http://localhost:<port>`, wrong for any reader.
  ...(origin ? { metadataBase: new URL(origin) } : {}),
  title: { default: "Episode Explorer", template: "%s · Episode Explorer" },
  description:
    "Read podcast episodes in the browser, search them for a quote, jump to any moment and share a link that lands exactly there.",
  applicationName: "Episode Explorer",
  // The library's feed, for feed readers' discovery (and the static copy's crawl); it needs the origin.
  ...(origin
    ? { alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "Episode Explorer" }] } } }
    : {}),
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeInitScript />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-indigo-700 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
        <ToastRegionIsland />
      </body>
    </html>
  );
}
