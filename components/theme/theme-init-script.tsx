import { readingPrefsInitSource } from "@/lib/view/reading-prefs";

// Runs before first paint so the page never flashes the wrong theme, nor reflows the transcript
// when the reader's text size or hidden timestamps apply. Inline rather than a file: an external
// blocking script cost a round trip before anything could render.
const THEME_INIT = `(function(){var s=null;try{s=localStorage.getItem("theme")}catch(e){}var d=s==="dark"||(s!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);${readingPrefsInitSource()}})();`;

/** The inline theme and reading-settings script for `<head>`: a constant, never content. */
export function ThemeInitScript() {
  // eslint-disable-next-line react/no-danger -- a fixed script of ours, not content
  return <script dangerouslySetInnerHTML={{ __html: THEME_INIT }} />;
}
