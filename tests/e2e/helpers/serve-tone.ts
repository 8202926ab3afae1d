import type { Page } from "@playwright/test";

/** A silent mono 8 kHz 8-bit WAV of `seconds` length, made in the test (no binary is shipped). */
export function makeSilentWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const wav = Buffer.alloc(44 + samples, 128);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + samples, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28); // byte rate
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write("data", 36);
  wav.writeUInt32LE(samples, 40);
  return wav;
}

/** A 1×1 PNG, made here: what the test pictures' hosts answer (there is no network). */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * Serves the fixture episode's `/test-media/tone.wav`, honouring Range requests so seeking works,
 * and its speaker's picture (`https://people.example/…`, as a feed would name it), so the page
 * loads without a network error. A test may route the picture host again to answer otherwise.
 */
export async function serveTone(page: Page, seconds = 60): Promise<void> {
  await page.route("https://people.example/**", (route) =>
    route.fulfill({ status: 200, contentType: "image/png", body: TINY_PNG }),
  );
  const wav = makeSilentWav(seconds);
  await page.route("**/test-media/tone.wav", async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()["range"] ?? "");
    if (!range) {
      await route.fulfill({
        status: 200,
        contentType: "audio/wav",
        body: wav,
        headers: { "accept-ranges": "bytes" },
      });
      return;
    }
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), wav.length - 1) : wav.length - 1;
    await route.fulfill({
      status: 206,
      contentType: "audio/wav",
      body: wav.subarray(start, end + 1),
      headers: { "accept-ranges": "bytes", "content-range": `bytes ${start}-${end}/${wav.length}` },
    });
  });
}
