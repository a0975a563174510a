import { describe, expect, it } from "vitest";
import {
  INTERVIEW_MINUTES,
  STEPS,
  STEP_IDS,
  isStepId,
  stepAnchor,
  stepById,
  stepByNumber,
} from "../../src/lib/steps.ts";

describe("framework steps", () => {
  it("are seven, numbered 1–7 in order, with unique ids", () => {
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(7);
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });
  it("fill a 45-minute interview", () => {
    expect(INTERVIEW_MINUTES).toBe(45);
  });
  it("are found by id and number, and give case-study anchors", () => {
    expect(stepById("data").number).toBe(3);
    expect(stepByNumber(7)?.id).toBe("monitoring");
    expect(stepByNumber(8)).toBeUndefined();
    expect(stepAnchor("serving")).toBe("step-serving");
    expect(isStepId("model")).toBe(true);
    expect(isStepId("modelling")).toBe(false);
  });
});
