/**
 * The filter on the case-study index. The page is complete without it; with JavaScript the controls appear,
 * hides the cards (and the groups left empty) that do not match, says how many are shown, and keeps the
 * choice in the URL (replaceState, so Back leaves the page rather than stepping through every choice).
 */
import { caseFilterQuery, matchesCaseFilter, parseCaseFilter, type CaseFilter } from "../lib/case-index.ts";
import { isDifficulty, isDomain, type Domain } from "../lib/domains.ts";

function cardMatches(card: HTMLElement, filter: CaseFilter): boolean {
  const domains = (card.dataset["domains"] ?? "").split(" ").filter(isDomain) as Domain[];
  const difficulty = card.dataset["difficulty"] ?? "";
  return isDifficulty(difficulty) && matchesCaseFilter({ domains, difficulty }, filter);
}

export function startCaseFilter(): void {
  const controls = document.querySelector<HTMLElement>("[data-case-filter]");
  if (!controls) return;
  const status = controls.querySelector<HTMLElement>("[data-case-filter-status]")!;
  const domain = controls.querySelector<HTMLSelectElement>('select[name="domain"]')!;
  const difficulty = controls.querySelector<HTMLSelectElement>('select[name="difficulty"]')!;
  const cards = [...document.querySelectorAll<HTMLElement>("[data-case-group] .card")];

  const apply = (filter: CaseFilter) => {
    let shown = 0;
    for (const card of cards) {
      const match = cardMatches(card, filter);
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>("[data-case-group]"))
      group.hidden = group.querySelector(".card:not([hidden])") === null;
    status.textContent =
      shown === cards.length
        ? `Showing all ${cards.length} case studies.`
        : `Showing ${shown} of ${cards.length} case studies.`;
  };

  const initial = parseCaseFilter(location.search);
  domain.value = initial.domain ?? "";
  difficulty.value = initial.difficulty ?? "";
  controls.hidden = false;
  apply(initial);

  controls.addEventListener("change", () => {
    const filter: CaseFilter = {
      ...(isDomain(domain.value) ? { domain: domain.value } : {}),
      ...(isDifficulty(difficulty.value) ? { difficulty: difficulty.value } : {}),
    };
    history.replaceState(null, "", `${location.pathname}${caseFilterQuery(filter)}${location.hash}`);
    apply(filter);
  });
}
