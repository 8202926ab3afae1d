/**
 * The video's page on YouTube at a moment: `watchUrl` with `t=<whole seconds>` set (replacing
 * any `t` it had), so a reader sent to YouTube keeps the place. A moment under a second, or not a
 * number, leaves `t` out. A `watchUrl` that is not an absolute URL is returned as it is.
 *
 * @param mediaSeconds the time on the video's own clock (episode time − the media's offset).
 */
export function youTubeWatchUrl(watchUrl: string, mediaSeconds: number): string {
  let url: URL;
  try {
    url = new URL(watchUrl);
  } catch {
    return watchUrl;
  }
  const seconds = Number.isFinite(mediaSeconds) ? Math.floor(mediaSeconds) : 0;
  if (seconds >= 1) url.searchParams.set("t", String(seconds));
  else url.searchParams.delete("t");
  return url.toString();
}
