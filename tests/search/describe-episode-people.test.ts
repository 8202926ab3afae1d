import { describe, expect, it } from "vitest";
import { ADA, makeEpisode, VOICE_2 } from "../export/episode-fixture";
import { describeEpisodePeople } from "@/lib/search/describe-episode-people";

const HOST = { ...ADA, role: "Host" };
const GRACE = { id: "grace-hopper", name: "Grace Hopper", label: "Grace Hopper", voices: [] };

describe("describeEpisodePeople", () => {
  it("names the speakers, then the credits, once each, without roles", () => {
    const episode = makeEpisode([], [HOST, GRACE], {
      credits: [
        { name: "Alan Turing", role: "Producer", group: "Audio Post-Production" },
        { name: "Edsger Dijkstra" },
        { name: "Grace Hopper", role: "Editor" },
      ],
    });
    expect(describeEpisodePeople(episode)).toBe("Ada Lovelace, Grace Hopper, Alan Turing, Edsger Dijkstra");
  });

  it("leaves unnamed voices out, and says nothing of an episode that names nobody", () => {
    expect(describeEpisodePeople(makeEpisode([], [VOICE_2, GRACE]))).toBe("Grace Hopper");
    expect(describeEpisodePeople(makeEpisode([], [VOICE_2]))).toBeUndefined();
    expect(describeEpisodePeople(makeEpisode([]))).toBeUndefined();
    expect(describeEpisodePeople(makeEpisode([], [], { credits: [{ name: "Alan Turing" }] }))).toBe(
      "Alan Turing",
    );
  });
});
