import { describe, expect, it } from "vitest";
import {
  NEW_TIMER,
  SESSION_VERSION,
  TIME_BOXES,
  WARNING_MS,
  announcementsBetween,
  clock,
  finish,
  newSession,
  parseSession,
  pause,
  sessionMarkdown,
  skip,
  start,
  viewOf,
  type PracticeOutline,
} from "../../src/lib/mock-interview.ts";
import { INTERVIEW_MINUTES, STEPS } from "../../src/lib/steps.ts";

const MIN = 60_000;
const T0 = 1_000_000;

describe("the mock interview's time boxes", () => {
  it("are the seven steps with their minutes, adding up to the interview", () => {
    expect(TIME_BOXES.map((b) => b.step)).toEqual(STEPS.map((s) => s.id));
    expect(TIME_BOXES.reduce((sum, b) => sum + b.ms, 0)).toBe(INTERVIEW_MINUTES * MIN);
  });
});

describe("the timer", () => {
  it("is ready until started, then counts down the first box and the whole interview", () => {
    expect(viewOf(NEW_TIMER, T0).phase).toBe("ready");
    const running = start(NEW_TIMER, T0);
    const view = viewOf(running, T0 + 90_000);
    expect(view.phase).toBe("running");
    expect(view.box?.step).toBe("scope");
    expect(view.boxLeftMs).toBe(TIME_BOXES[0]!.ms - 90_000);
    expect(view.totalLeftMs).toBe(INTERVIEW_MINUTES * MIN - 90_000);
  });

  it("moves to the next box when one runs out, carrying the overrun into it", () => {
    const running = start(NEW_TIMER, T0);
    const view = viewOf(running, T0 + TIME_BOXES[0]!.ms + 10_000);
    expect(view.box?.step).toBe("framing");
    expect(view.boxLeftMs).toBe(TIME_BOXES[1]!.ms - 10_000);
  });

  it("does not count time while paused, and resumes where it stopped", () => {
    const paused = pause(start(NEW_TIMER, T0), T0 + 2 * MIN);
    expect(viewOf(paused, T0 + 30 * MIN).phase).toBe("paused");
    expect(viewOf(paused, T0 + 30 * MIN).boxLeftMs).toBe(TIME_BOXES[0]!.ms - 2 * MIN);
    const resumed = start(paused, T0 + 30 * MIN);
    expect(viewOf(resumed, T0 + 31 * MIN).boxLeftMs).toBe(TIME_BOXES[0]!.ms - 3 * MIN);
  });

  it("skips ahead to the next box with its full time, and the saved time is not given back", () => {
    const skipped = skip(start(NEW_TIMER, T0), T0 + 1 * MIN);
    const view = viewOf(skipped, T0 + 1 * MIN);
    expect(view.box?.step).toBe("framing");
    expect(view.boxLeftMs).toBe(TIME_BOXES[1]!.ms);
    expect(view.totalLeftMs).toBe(INTERVIEW_MINUTES * MIN - TIME_BOXES[0]!.ms);
  });

  it("warns in the last minute of a box", () => {
    const running = start(NEW_TIMER, T0);
    expect(viewOf(running, T0 + TIME_BOXES[0]!.ms - WARNING_MS - 1).warning).toBe(false);
    expect(viewOf(running, T0 + TIME_BOXES[0]!.ms - WARNING_MS).warning).toBe(true);
  });

  it("is over after the last box, or when finished early, and then stays over", () => {
    const running = start(NEW_TIMER, T0);
    expect(viewOf(running, T0 + INTERVIEW_MINUTES * MIN).phase).toBe("finished");
    const done = finish(running, T0 + 3 * MIN);
    expect(viewOf(done, T0 + 3 * MIN).phase).toBe("finished");
    expect(viewOf(start(done, T0 + 4 * MIN), T0 + 5 * MIN).phase).toBe("finished");
    let skipped = running;
    for (let i = 0; i < TIME_BOXES.length; i++) skipped = skip(skipped, T0 + i * 1000);
    expect(viewOf(skipped, T0 + 10_000).phase).toBe("finished");
  });
});

describe("what is announced", () => {
  const running = start(NEW_TIMER, T0);
  const at = (ms: number) => viewOf(running, T0 + ms);

  it("says once that one minute is left, and nothing on the ticks between", () => {
    const box = TIME_BOXES[0]!.ms;
    expect(announcementsBetween(at(box - WARNING_MS - 1000), at(box - WARNING_MS))).toEqual([
      "One minute left for Scope.",
    ]);
    expect(announcementsBetween(at(box - WARNING_MS), at(box - WARNING_MS + 1000))).toEqual([]);
    expect(announcementsBetween(at(1000), at(2000))).toEqual([]);
  });

  it("names each new step with its minutes, and the end of the interview", () => {
    const box = TIME_BOXES[0]!.ms;
    expect(announcementsBetween(at(box - 1000), at(box))).toEqual([`Step 2: Framing, ${STEPS[1]!.minutes} minutes.`]);
    expect(announcementsBetween(at(INTERVIEW_MINUTES * MIN - 1000), at(INTERVIEW_MINUTES * MIN))).toEqual([
      "Time is up. The interview is over: write your self-review.",
    ]);
  });
});

describe("the clock face", () => {
  it("shows minutes and seconds, rounding up, never below zero", () => {
    expect(clock(5 * MIN)).toBe("5:00");
    expect(clock(65_001)).toBe("1:06");
    expect(clock(999)).toBe("0:01");
    expect(clock(-5000)).toBe("0:00");
  });
});

describe("a saved session", () => {
  const saved = {
    ...newSession("case:ctr-prediction"),
    timer: pause(start(NEW_TIMER, T0), T0 + MIN),
    notes: { scope: "500M searchers" },
    revealed: ["scope" as const],
    review: { scope: { level: "senior" as const, missed: "peak factor" } },
  };

  it("reads back what was written", () => {
    expect(parseSession(JSON.stringify(saved))).toEqual(saved);
  });

  it("is ignored when missing, unparsable, from another version or damaged", () => {
    expect(parseSession(null)).toBeUndefined();
    expect(parseSession("{not json")).toBeUndefined();
    expect(parseSession(JSON.stringify({ ...saved, version: SESSION_VERSION + 1 }))).toBeUndefined();
    expect(parseSession(JSON.stringify({ ...saved, timer: { ...saved.timer, index: 99 } }))).toBeUndefined();
    expect(parseSession(JSON.stringify({ ...saved, notes: { lunch: "x" } }))).toBeUndefined();
    expect(parseSession(JSON.stringify({ ...saved, revealed: ["scope", 3] }))).toBeUndefined();
    expect(
      parseSession(JSON.stringify({ ...saved, review: { scope: { level: "guru", missed: "" } } })),
    ).toBeUndefined();
    expect(parseSession("[]")).toBeUndefined();
  });
});

describe("the Markdown export", () => {
  const steps = Object.fromEntries(
    STEPS.map((s) => [s.id, { summary: `Reference for ${s.short}.`, points: [`Point of ${s.short}`], href: "/x/" }]),
  ) as PracticeOutline["steps"];
  const outline: PracticeOutline = { id: "case:x", title: "X", prompt: "Design X.", href: "/case-studies/x/", steps };

  it("holds the prompt, every step's notes, the outlines revealed and the self-review, and nothing unrevealed", () => {
    const session = {
      ...newSession("case:x"),
      notes: { scope: "Assume 10M users." },
      revealed: ["scope" as const],
      review: { scope: { level: "mid-level" as const, missed: "No peak factor." } },
    };
    const markdown = sessionMarkdown(session, outline, "https://example.org");
    expect(markdown).toContain("# Mock interview: X\n\n> Design X.");
    expect(markdown).toContain("Reference: https://example.org/case-studies/x/");
    expect(markdown).toContain("## Step 1: Scope (5 min)\n\n### My notes\n\nAssume 10M users.");
    expect(markdown).toContain("### Reference outline\n\nReference for Scope.\n\n- Point of Scope");
    expect(markdown).toContain("Level reached: Mid-level");
    expect(markdown).toContain("What I missed: No peak factor.");
    expect(markdown).not.toContain("Reference for Framing.");
    expect(markdown.match(/_No notes._/g)).toHaveLength(STEPS.length - 1);
  });
});
