/**
 * The seven framework steps, defined once. Everything else — chapter order, step badges,
 * the case-study section check, the interview time plan, the study tools — derives from this list.
 */
export interface FrameworkStep {
  /** Stable id: chapter slug, case-study anchor (`#step-<id>`), search filter value. */
  id: StepId;
  number: number;
  title: string;
  /** A two-word label for badges and narrow places. */
  short: string;
  /** The question the step answers. */
  question: string;
  /** Suggested minutes in a 45-minute interview; the seven add up to 45. */
  minutes: number;
}

export const STEP_IDS = ["scope", "framing", "data", "model", "evaluation", "serving", "monitoring"] as const;

export type StepId = (typeof STEP_IDS)[number];

export const STEPS: readonly FrameworkStep[] = [
  {
    id: "scope",
    number: 1,
    title: "Clarify scope and requirements",
    short: "Scope",
    question: "What are we building, for whom, at what scale, and under which constraints?",
    minutes: 5,
  },
  {
    id: "framing",
    number: 2,
    title: "Frame it as an ML task",
    short: "Framing",
    question: "What exactly does the model predict, from what, and how do we know it is good?",
    minutes: 5,
  },
  {
    id: "data",
    number: 3,
    title: "Data and features",
    short: "Data",
    question: "Where do examples and labels come from, how do they flow, and which features matter?",
    minutes: 8,
  },
  {
    id: "model",
    number: 4,
    title: "Model",
    short: "Model",
    question: "Which model, starting from which baseline, and why is each step up worth its cost?",
    minutes: 10,
  },
  {
    id: "evaluation",
    number: 5,
    title: "Evaluate offline and online",
    short: "Evaluation",
    question: "How do we know the model is better before and after it meets real users?",
    minutes: 6,
  },
  {
    id: "serving",
    number: 6,
    title: "Serve predictions",
    short: "Serving",
    question: "How do predictions reach users within the latency and cost budget?",
    minutes: 6,
  },
  {
    id: "monitoring",
    number: 7,
    title: "Monitor and sustain",
    short: "Monitoring",
    question: "How do we notice decay, retrain, and keep the system healthy over time?",
    minutes: 5,
  },
];

export const INTERVIEW_MINUTES = STEPS.reduce((total, step) => total + step.minutes, 0);

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function stepById(id: StepId): FrameworkStep {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown framework step "${id}"`);
  return step;
}

export function stepByNumber(number: number): FrameworkStep | undefined {
  return STEPS.find((step) => step.number === number);
}

/** The anchor of a step's section inside a case study. */
export function stepAnchor(id: StepId): string {
  return `step-${id}`;
}
