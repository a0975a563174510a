/**
 * The mock interview's logic, free of the DOM so it can be tested with any clock: the seven time boxes (from
 * the step data), a timer that can pause, resume and skip ahead and moves to the next box when one runs out,
 * what to announce as a box nears its end, the saved session (versioned; anything unreadable is ignored, never
 * trusted) and the Markdown export.
 */
import { STEPS, type StepId } from "./steps.ts";

export interface TimeBox {
  step: StepId;
  number: number;
  title: string;
  ms: number;
}

/** The interview's time boxes, in framework order, from each step's minutes. */
export const TIME_BOXES: readonly TimeBox[] = STEPS.map((step) => ({
  step: step.id,
  number: step.number,
  title: step.short,
  ms: step.minutes * 60_000,
}));

/** A box's warning comes this long before it ends. */
export const WARNING_MS = 60_000;

/**
 * The timer. Time is counted only while it runs: `elapsedMs` is the running time banked before `since` (the
 * clock reading when it last started or resumed). `boxStartMs` is the running time at which the current box
 * began, so skipping ahead starts the next box at once, with its full time.
 */
export interface TimerState {
  index: number;
  boxStartMs: number;
  elapsedMs: number;
  since: number | null;
}

export const NEW_TIMER: TimerState = { index: 0, boxStartMs: 0, elapsedMs: 0, since: null };

export function isRunning(state: TimerState): boolean {
  return state.since !== null;
}

function runningTime(state: TimerState, now: number): number {
  return state.elapsedMs + (state.since === null ? 0 : Math.max(0, now - state.since));
}

/** Moves past every box that has run out by `now`; after the last box the interview is over. */
function settle(state: TimerState, now: number, boxes: readonly TimeBox[]): TimerState {
  let { index, boxStartMs } = state;
  const time = runningTime(state, now);
  while (index < boxes.length && time >= boxStartMs + boxes[index]!.ms) {
    boxStartMs += boxes[index]!.ms;
    index += 1;
  }
  if (index >= boxes.length) return { index: boxes.length, boxStartMs, elapsedMs: time, since: null };
  return { ...state, index, boxStartMs };
}

export function start(state: TimerState, now: number, boxes: readonly TimeBox[] = TIME_BOXES): TimerState {
  const settled = settle(state, now, boxes);
  if (settled.index >= boxes.length || isRunning(settled)) return settled;
  return { ...settled, since: now };
}

export function pause(state: TimerState, now: number, boxes: readonly TimeBox[] = TIME_BOXES): TimerState {
  const settled = settle(state, now, boxes);
  if (!isRunning(settled)) return settled;
  return { ...settled, elapsedMs: runningTime(settled, now), since: null };
}

/** Ends the current box now and starts the next one with its full time (or ends the interview after the last). */
export function skip(state: TimerState, now: number, boxes: readonly TimeBox[] = TIME_BOXES): TimerState {
  const settled = settle(state, now, boxes);
  if (settled.index >= boxes.length) return settled;
  const time = runningTime(settled, now);
  const next = { ...settled, index: settled.index + 1, boxStartMs: time };
  if (next.index >= boxes.length) return { ...next, elapsedMs: time, since: null };
  return next;
}

/** Ends the interview at once (the reader is done early). */
export function finish(state: TimerState, now: number, boxes: readonly TimeBox[] = TIME_BOXES): TimerState {
  const time = runningTime(state, now);
  return { index: boxes.length, boxStartMs: time, elapsedMs: time, since: null };
}

export type Phase = "ready" | "running" | "paused" | "finished";

export interface TimerView {
  phase: Phase;
  /** The current box; undefined once the interview is over. */
  box: TimeBox | undefined;
  /** Time left in the current box. */
  boxLeftMs: number;
  /** Time left in the interview, counting the boxes still to come at their full length. */
  totalLeftMs: number;
  /** Whether the current box is within WARNING_MS of its end. */
  warning: boolean;
}

export function viewOf(state: TimerState, now: number, boxes: readonly TimeBox[] = TIME_BOXES): TimerView {
  const settled = settle(state, now, boxes);
  const box = boxes[settled.index];
  if (!box) return { phase: "finished", box: undefined, boxLeftMs: 0, totalLeftMs: 0, warning: false };
  const boxLeftMs = settled.boxStartMs + box.ms - runningTime(settled, now);
  const later = boxes.slice(settled.index + 1).reduce((sum, b) => sum + b.ms, 0);
  const started = settled.elapsedMs > 0 || isRunning(settled) || settled.index > 0;
  return {
    phase: isRunning(settled) ? "running" : started ? "paused" : "ready",
    box,
    boxLeftMs,
    totalLeftMs: boxLeftMs + later,
    warning: boxLeftMs <= WARNING_MS,
  };
}

/** What a screen reader should hear when the view changes: a warning as a box nears its end, and each new box. */
export function announcementsBetween(before: TimerView, after: TimerView): string[] {
  const said: string[] = [];
  if (after.phase === "finished" && before.phase !== "finished") {
    said.push("Time is up. The interview is over: write your self-review.");
    return said;
  }
  if (after.box && before.box && after.box.step !== before.box.step)
    said.push(`Step ${after.box.number}: ${after.box.title}, ${minutes(after.box.ms)} minutes.`);
  else if (after.box && after.warning && !before.warning && after.phase === "running")
    said.push(`One minute left for ${after.box.title}.`);
  return said;
}

function minutes(ms: number): number {
  return Math.round(ms / 60_000);
}

/** "4:05": minutes and seconds left, rounded up so 0:00 means the time is gone. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A reader's level for one step, judged against the rubric. */
export const LEVELS = ["not-yet", "mid-level", "senior", "staff"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  "not-yet": "Not there yet",
  "mid-level": "Mid-level",
  senior: "Senior",
  staff: "Staff",
};

export interface StepReview {
  level?: Level;
  missed: string;
}

/** Everything saved for one practice session. */
export interface SavedSession {
  version: typeof SESSION_VERSION;
  promptId: string;
  timer: TimerState;
  notes: Partial<Record<StepId, string>>;
  revealed: StepId[];
  review: Partial<Record<StepId, StepReview>>;
}

export const SESSION_VERSION = 1;
export const SESSION_KEY = "mlsd-field-guide:mock-interview";

export function newSession(promptId: string): SavedSession {
  return { version: SESSION_VERSION, promptId, timer: NEW_TIMER, notes: {}, revealed: [], review: {} };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStep = (value: unknown): value is StepId => STEPS.some((step) => step.id === value);
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function textsByStep(value: unknown): Partial<Record<StepId, string>> | undefined {
  if (!isObject(value)) return undefined;
  const out: Partial<Record<StepId, string>> = {};
  for (const [key, text] of Object.entries(value)) {
    if (!isStep(key) || typeof text !== "string") return undefined;
    out[key] = text;
  }
  return out;
}

/**
 * A saved session read back, or undefined when it is missing, from another version, or damaged in any way:
 * the page then starts fresh and says so, instead of running on half-valid state.
 */
export function parseSession(raw: string | null): SavedSession | undefined {
  if (raw === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data["version"] !== SESSION_VERSION || typeof data["promptId"] !== "string") return undefined;
  const timer = data["timer"];
  if (
    !isObject(timer) ||
    !isFiniteNumber(timer["index"]) ||
    !Number.isInteger(timer["index"]) ||
    timer["index"] < 0 ||
    timer["index"] > TIME_BOXES.length ||
    !isFiniteNumber(timer["boxStartMs"]) ||
    !isFiniteNumber(timer["elapsedMs"]) ||
    !(timer["since"] === null || isFiniteNumber(timer["since"]))
  )
    return undefined;
  const notes = textsByStep(data["notes"]);
  const revealed = data["revealed"];
  if (!notes || !Array.isArray(revealed) || !revealed.every(isStep)) return undefined;
  const reviewRaw = data["review"];
  if (!isObject(reviewRaw)) return undefined;
  const review: Partial<Record<StepId, StepReview>> = {};
  for (const [key, entry] of Object.entries(reviewRaw)) {
    if (!isStep(key) || !isObject(entry) || typeof entry["missed"] !== "string") return undefined;
    const level = entry["level"];
    if (level !== undefined && !(LEVELS as readonly unknown[]).includes(level)) return undefined;
    review[key] = { missed: entry["missed"], ...(level !== undefined ? { level: level as Level } : {}) };
  }
  return {
    version: SESSION_VERSION,
    promptId: data["promptId"],
    timer: {
      index: timer["index"],
      boxStartMs: timer["boxStartMs"],
      elapsedMs: timer["elapsedMs"],
      since: timer["since"] as number | null,
    },
    notes,
    revealed: [...new Set(revealed)],
    review,
  };
}

/** A practice item as the mock interview shows it: the prompt, and per step what a reference answer covers. */
export interface PracticeOutline {
  id: string;
  title: string;
  prompt: string;
  /** Where the full reference lives (the case study, or the prompt's page with its hints). */
  href: string;
  steps: Record<StepId, { summary: string; points: string[]; href: string }>;
}

/** The session as a Markdown document: the prompt, per step the notes, the reference outline if revealed, and the self-review. */
export function sessionMarkdown(session: SavedSession, outline: PracticeOutline, siteUrl: string): string {
  const lines = [
    `# Mock interview: ${outline.title}`,
    "",
    `> ${outline.prompt}`,
    "",
    `Reference: ${siteUrl}${outline.href}`,
  ];
  for (const box of TIME_BOXES) {
    const step = outline.steps[box.step];
    lines.push("", `## Step ${box.number}: ${box.title} (${minutes(box.ms)} min)`, "", "### My notes", "");
    lines.push(session.notes[box.step]?.trim() || "_No notes._");
    if (session.revealed.includes(box.step)) {
      lines.push("", "### Reference outline", "", step.summary);
      if (step.points.length > 0) lines.push("", ...step.points.map((point) => `- ${point}`));
    }
    const review = session.review[box.step];
    if (review && (review.level || review.missed.trim())) {
      lines.push("", "### Self-review", "");
      if (review.level) lines.push(`Level reached: ${LEVEL_LABELS[review.level]}`);
      if (review.missed.trim()) lines.push("", `What I missed: ${review.missed.trim()}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
