// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildWhenIdle, idleScheduler, type IdleScheduler } from "@/lib/sync/build-when-idle";
import { createTranscriptHighlighter } from "@/lib/sync/transcript-highlighter";
import { TRANSCRIPT_HTML, byId } from "./transcript-fixture";

/** A scheduler the test drives: `idle(ms)` runs the pending callback with `ms` of idle time. */
function manualScheduler() {
  let pending: Parameters<IdleScheduler>[0] | undefined;
  const schedule: IdleScheduler = (work) => {
    pending = work;
    return () => (pending = undefined);
  };
  const idle = (ms: number) => {
    const work = pending;
    pending = undefined;
    let left = ms;
    work?.({ timeRemaining: () => left-- });
  };
  return { schedule, idle, pending: () => pending !== undefined };
}

/** Counts the slices it has run; yields after each of `slices` and returns their number. */
function counted(slices: number) {
  const ran = { slices: 0 };
  function* steps(): Generator<void, number, void> {
    for (let i = 0; i < slices; i++) {
      ran.slices++;
      yield;
    }
    return ran.slices;
  }
  return { ran, steps: steps() };
}

describe("buildWhenIdle", () => {
  it("does no work until the browser is idle, then a slice at a time while idle time lasts", () => {
    const { schedule, idle } = manualScheduler();
    const { ran, steps } = counted(10);
    const build = buildWhenIdle(steps, schedule);
    expect(ran.slices).toBe(0);
    idle(3); // timeRemaining() answers 3, 2, 1: three slices, then it waits for more idle time
    expect(ran.slices).toBe(3);
    expect(build.done).toBe(false);
    idle(0); // a busy idle period still makes one slice of progress
    expect(ran.slices).toBe(4);
  });

  it("finishes the rest at once when the value is needed, and stops asking for idle time", () => {
    const { schedule, idle, pending } = manualScheduler();
    const { ran, steps } = counted(10);
    const build = buildWhenIdle(steps, schedule);
    idle(2);
    expect(build.get()).toBe(10);
    expect(build.done).toBe(true);
    expect(pending()).toBe(false);
    expect(build.get()).toBe(10);
    expect(ran.slices).toBe(10);
  });

  it("completes in idle time alone, and stops when cancelled", () => {
    const done = manualScheduler();
    const whole = buildWhenIdle(counted(4).steps, done.schedule);
    done.idle(100);
    expect(whole.done).toBe(true);
    expect(done.pending()).toBe(false);

    const stopped = manualScheduler();
    const { ran, steps } = counted(4);
    buildWhenIdle(steps, stopped.schedule).cancel();
    stopped.idle(100);
    expect(ran.slices).toBe(0);
  });

  it("falls back to a timer where the browser has no requestIdleCallback", async () => {
    const win = { ...window, requestIdleCallback: undefined } as unknown as Window;
    const build = buildWhenIdle(counted(3).steps, idleScheduler(win));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(build.done).toBe(true);
  });
});

describe("createTranscriptHighlighter with an idle scheduler", () => {
  it("reads no sentence before idle time, and answers the same when asked before it is done", () => {
    document.body.innerHTML = TRANSCRIPT_HTML;
    const { schedule, idle } = manualScheduler();
    let reads = 0;
    const read = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (this: Element, name: string) {
      if (name === "data-start" && this.hasAttribute("data-sentence")) reads++;
      return read.call(this, name);
    };
    try {
      const h = createTranscriptHighlighter(document, byId("transcript"), schedule);
      expect(reads).toBe(0);
      expect(h.update(12.5)?.id).toBe("s-12");
      expect(h.sentences.map((s) => s.id)).toEqual(["s-10", "s-12", "s-20", "s-30", "u-1"]);
      idle(100); // nothing left to do
      expect(h.update(21)?.id).toBe("s-20");
    } finally {
      Element.prototype.getAttribute = read;
    }
  });
});
