/**
 * The mock interview island on /practice/. The page is complete without it (the method and the prompts); this
 * shows the session UI, runs the timer (src/lib/mock-interview.ts, with the real clock), saves notes, reveals
 * and self-review in localStorage after every change, restores them on load, and exports them as Markdown. A
 * saved session that cannot be read is dropped with a notice.
 */
import {
  LEVELS,
  SESSION_KEY,
  announcementsBetween,
  clock,
  finish,
  isRunning,
  newSession,
  parseSession,
  pause,
  sessionMarkdown,
  skip,
  start,
  viewOf,
  type Level,
  type StepReview,
  type PracticeOutline,
  type SavedSession,
  type TimerView,
} from "../lib/mock-interview.ts";
import { STEPS, type StepId } from "../lib/steps.ts";

const TICK_MS = 250;

const isLevel = (value: string): value is Level => (LEVELS as readonly string[]).includes(value);

function readSaved(notice: HTMLElement): SavedSession | undefined {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(SESSION_KEY);
  } catch {
    notice.textContent = "This browser does not let the page save notes, so they last only until you leave.";
    return undefined;
  }
  const session = parseSession(raw);
  if (raw !== null && !session) {
    notice.textContent =
      "A saved session could not be read (damaged, or from an older version of the guide), so it was cleared.";
    try {
      localStorage.removeItem(SESSION_KEY);
    } catch {
      /* nothing to clear */
    }
  }
  return session;
}

function save(session: SavedSession): void {
  try {
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    /* storage full or blocked: the session still runs, unsaved */
  }
}

export function startMockInterview(): void {
  const found = document.querySelector<HTMLElement>("[data-mock-interview]");
  if (!found) return;
  const root: HTMLElement = found;
  const base = root.closest<HTMLElement>("[data-base]")?.dataset["base"] ?? "/";
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const notice = $<HTMLElement>("[data-notice]");
  const setup = $<HTMLFormElement>("[data-setup]");
  const select = setup.elements.namedItem("prompt") as HTMLSelectElement;
  const sessionPanel = $<HTMLElement>("[data-session]");
  const toggle = $<HTMLButtonElement>('[data-action="toggle"]');
  const announce = $<HTMLElement>("[data-announce]");
  const review = $<HTMLElement>("[data-review]");

  document.querySelector<HTMLElement>("[data-no-script]")!.hidden = true;
  root.hidden = false;

  let session = readSaved(notice);
  let outline: PracticeOutline | undefined;
  let lastView: TimerView | undefined;
  let ticker: number | undefined;

  const outlineUrl = (id: string) => `${base}practice/outlines/${id}.json`;
  const href = (path: string) => `${base}${path.replace(/^\//, "")}`;

  async function load(id: string): Promise<PracticeOutline | undefined> {
    const response = await fetch(outlineUrl(id)).catch(() => undefined);
    if (!response?.ok) {
      notice.textContent = "That prompt could not be loaded. Check your connection and pick it again.";
      return undefined;
    }
    return (await response.json()) as PracticeOutline;
  }

  function renderOutline(step: StepId): void {
    if (!outline || !session) return;
    const box = root.querySelector<HTMLElement>(`[data-outline="${step}"]`)!;
    const shown = session.revealed.includes(step);
    box.hidden = !shown;
    if (!shown) return;
    const data = outline.steps[step];
    box.querySelector("[data-outline-summary]")!.textContent = data.summary;
    const list = box.querySelector("[data-outline-points]")!;
    list.replaceChildren(
      ...data.points.map((point) => {
        const item = document.createElement("li");
        item.textContent = point;
        return item;
      }),
    );
    box.querySelector<HTMLAnchorElement>("[data-outline-link]")!.href = href(data.href);
  }

  function renderReveal(step: StepId): void {
    const written = (session?.notes[step] ?? "").trim().length > 0;
    const button = root.querySelector<HTMLButtonElement>(`[data-reveal="${step}"]`)!;
    const revealed = session?.revealed.includes(step) ?? false;
    button.disabled = !written || revealed;
    root.querySelector<HTMLElement>(`[data-reveal-hint="${step}"]`)!.textContent = revealed
      ? "Revealed below."
      : written
        ? ""
        : "Write your answer first.";
  }

  function renderTimer(): void {
    if (!session) return;
    const view = viewOf(session.timer, Date.now());
    const box = view.box;
    $<HTMLElement>("[data-step-name]").textContent = box ? `Step ${box.number}: ${box.title}` : "Interview over";
    $<HTMLElement>("[data-box-left]").textContent = clock(view.boxLeftMs);
    $<HTMLElement>("[data-total-left]").textContent = clock(view.totalLeftMs);
    $<HTMLElement>("[data-warning]").hidden = !(view.warning && view.phase === "running");
    const done = box ? 1 - view.boxLeftMs / box.ms : 1;
    $<HTMLElement>("[data-bar]").style.width = `${Math.round(done * 1000) / 10}%`;
    toggle.textContent =
      view.phase === "running"
        ? "Pause"
        : view.phase === "paused"
          ? "Resume"
          : view.phase === "ready"
            ? "Start the timer"
            : "Interview over";
    toggle.disabled = view.phase === "finished";
    $<HTMLButtonElement>('[data-action="skip"]').disabled = view.phase === "finished";
    $<HTMLButtonElement>('[data-action="finish"]').disabled = view.phase === "finished";
    for (const section of root.querySelectorAll<HTMLElement>("[data-step]")) {
      if (box && section.dataset["step"] === box.step) section.setAttribute("aria-current", "step");
      else section.removeAttribute("aria-current");
    }
    review.hidden = view.phase !== "finished";
    if (lastView) {
      const said = announcementsBetween(lastView, view);
      if (said.length > 0) announce.textContent = said.join(" ");
      if (view.phase === "finished" && lastView.phase !== "finished") save(session);
    }
    lastView = view;
    if (view.phase === "running" && ticker === undefined) ticker = window.setInterval(renderTimer, TICK_MS);
    if (view.phase !== "running" && ticker !== undefined) {
      window.clearInterval(ticker);
      ticker = undefined;
    }
  }

  function renderSession(): void {
    if (!session || !outline) {
      sessionPanel.hidden = true;
      return;
    }
    sessionPanel.hidden = false;
    $<HTMLElement>("[data-title]").textContent = outline.title;
    $<HTMLElement>("[data-prompt]").textContent = outline.prompt;
    $<HTMLAnchorElement>("[data-reference]").href = href(outline.href);
    const isCase = outline.id.startsWith("case-");
    $<HTMLElement>("[data-case-rubric]").hidden = !isCase;
    $<HTMLAnchorElement>("[data-rubric]").href = href(`${outline.href}#level-rubric`);
    for (const step of STEPS) {
      root.querySelector<HTMLTextAreaElement>(`[data-notes="${step.id}"]`)!.value = session.notes[step.id] ?? "";
      root.querySelector<HTMLSelectElement>(`[data-level="${step.id}"]`)!.value = session.review[step.id]?.level ?? "";
      root.querySelector<HTMLTextAreaElement>(`[data-missed="${step.id}"]`)!.value =
        session.review[step.id]?.missed ?? "";
      renderReveal(step.id);
      renderOutline(step.id);
    }
    lastView = undefined;
    renderTimer();
  }

  async function begin(id: string): Promise<void> {
    const loaded = await load(id);
    if (!loaded) return;
    outline = loaded;
    session = newSession(id);
    save(session);
    notice.textContent = "";
    renderSession();
    $<HTMLElement>("#mock-title").scrollIntoView({ block: "start" });
    toggle.focus();
  }

  setup.addEventListener("submit", (event) => {
    event.preventDefault();
    void begin(select.value);
  });
  $<HTMLButtonElement>('[data-action="random"]').addEventListener("click", () => {
    const options = [...select.options].filter((option) => option.value !== select.value);
    select.value = options[Math.floor(Math.random() * options.length)]!.value;
    select.focus();
  });

  const act = (change: (timer: SavedSession["timer"], now: number) => SavedSession["timer"]) => () => {
    if (!session) return;
    session = { ...session, timer: change(session.timer, Date.now()) };
    save(session);
    renderTimer();
  };
  toggle.addEventListener(
    "click",
    act((timer, now) => (isRunning(timer) ? pause(timer, now) : start(timer, now))),
  );
  $<HTMLButtonElement>('[data-action="skip"]').addEventListener("click", act(skip));
  $<HTMLButtonElement>('[data-action="finish"]').addEventListener("click", act(finish));

  root.addEventListener("input", (event) => {
    if (!session) return;
    const target = event.target as HTMLElement;
    const notesStep = target.dataset["notes"] as StepId | undefined;
    const missedStep = target.dataset["missed"] as StepId | undefined;
    const levelStep = target.dataset["level"] as StepId | undefined;
    if (notesStep) {
      session = { ...session, notes: { ...session.notes, [notesStep]: (target as HTMLTextAreaElement).value } };
      renderReveal(notesStep);
    } else if (missedStep) {
      const level = session.review[missedStep]?.level;
      const entry: StepReview = { missed: (target as HTMLTextAreaElement).value, ...(level ? { level } : {}) };
      session = { ...session, review: { ...session.review, [missedStep]: entry } };
    } else if (levelStep) {
      const value = (target as HTMLSelectElement).value;
      const missed = session.review[levelStep]?.missed ?? "";
      const entry: StepReview = isLevel(value) ? { missed, level: value } : { missed };
      session = { ...session, review: { ...session.review, [levelStep]: entry } };
    } else return;
    save(session);
  });

  root.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-reveal]");
    if (!button || !session) return;
    const step = button.dataset["reveal"] as StepId;
    if (!(session.notes[step] ?? "").trim()) return;
    session = { ...session, revealed: [...new Set([...session.revealed, step])] };
    save(session);
    renderReveal(step);
    renderOutline(step);
    root.querySelector<HTMLElement>(`[data-outline="${step}"]`)!.setAttribute("tabindex", "-1");
    root.querySelector<HTMLElement>(`[data-outline="${step}"]`)!.focus();
  });

  $<HTMLButtonElement>('[data-action="export"]').addEventListener("click", () => {
    if (!session || !outline) return;
    const markdown = sessionMarkdown(session, outline, location.origin);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([markdown], { type: "text/markdown" }));
    link.download = `mock-interview-${outline.id}.md`;
    link.click();
    URL.revokeObjectURL(link.href);
  });

  $<HTMLButtonElement>('[data-action="clear"]').addEventListener("click", () => {
    try {
      localStorage.removeItem(SESSION_KEY);
    } catch {
      /* nothing saved */
    }
    session = undefined;
    outline = undefined;
    if (ticker !== undefined) window.clearInterval(ticker);
    ticker = undefined;
    renderSession();
    notice.textContent = "The session was cleared.";
    select.focus();
  });

  if (session) {
    const restored = session;
    select.value = restored.promptId;
    void load(restored.promptId).then((loaded) => {
      if (!loaded) return;
      outline = loaded;
      renderSession();
    });
  }
}
