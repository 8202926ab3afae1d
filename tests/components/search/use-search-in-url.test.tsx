// @vitest-environment happy-dom
import { act, useEffect } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useSearchInUrl, type SearchInUrl } from "@/components/search/use-search-in-url";
import { loadLinkValidators } from "@/lib/links/load-link-validators";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let latest: SearchInUrl | undefined;

function Probe({ duration, report }: { duration?: number; report: (search: SearchInUrl) => void }) {
  const search = useSearchInUrl(duration);
  useEffect(() => {
    report(search);
  });
  return null;
}

async function mount(url: string, duration?: number): Promise<() => SearchInUrl> {
  window.history.replaceState(null, "", url);
  const host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<Probe duration={duration} report={(search) => (latest = search)} />));
  return () => latest as SearchInUrl;
}

// The validators are a chunk of their own: loaded once up front so the tests wait for React only.
beforeAll(async () => {
  await loadLinkValidators();
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  latest = undefined;
});

describe("useSearchInUrl", () => {
  it("starts empty and inactive on a page without link parameters, and writes ?q= as the reader types", async () => {
    const search = await mount("/episodes/x");
    expect(search()).toMatchObject({ query: "", speaker: "", active: false, initialTime: undefined });
    await act(async () => search().setQuery("open source"));
    expect(window.location.search).toBe("?q=open+source");
    await act(async () => search().setSpeaker("malcolm-gladwell"));
    expect(new URLSearchParams(window.location.search).get("speaker")).toBe("malcolm-gladwell");
    // The filter is written only with a query.
    await act(async () => search().setQuery(""));
    expect(window.location.search).toBe("");
  });

  it("restores a linked search as its state (validated), active at once, and keeps other parameters", async () => {
    const search = await mount("/episodes/x?q=%20open%20%20source%20&speaker=ann-lee&t=8:36#s");
    await vi.waitFor(() => expect(search().query).toBe("open source"));
    expect(search()).toMatchObject({ speaker: "ann-lee", active: true, initialTime: 516 });
    // The URL then follows the state: the query as validated, the rest as it was.
    const linked = () => {
      const params = new URLSearchParams(window.location.search);
      return [params.get("q"), params.get("speaker"), params.get("t")];
    };
    await vi.waitFor(() => expect(linked()).toEqual(["open source", "ann-lee", "8:36"]));
    expect(window.location.hash).toBe("#s");
  });

  it("reads a linked time without a query and stays inactive", async () => {
    const search = await mount("/episodes/x?t=90");
    await vi.waitFor(() => expect(search().initialTime).toBe(90));
    expect(search()).toMatchObject({ query: "", active: false });
    expect(window.location.search).toBe("?t=90");
  });

  it("activates on request", async () => {
    const search = await mount("/episodes/x");
    await act(async () => search().activate());
    expect(search().active).toBe(true);
  });
});
