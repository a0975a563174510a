import { describe, expect, it } from "vitest";
import {
  domainIdOf,
  domainLabel,
  filterValueOf,
  stepLabel,
  stepOfAnchor,
  stepOfLabel,
  urlValueOf,
} from "../../src/lib/search/facets.ts";
import {
  highlightTerms,
  readSearchState,
  sameSearchState,
  withHighlight,
  writeSearchState,
} from "../../src/lib/search/url.ts";
import {
  queryTerms,
  rankSections,
  sectionScores,
  stepOfSection,
  termOf,
  toDisplayResult,
  type PagefindResultData,
} from "../../src/lib/search/results.ts";
import {
  chunksForQuery,
  closestWord,
  correctQuery,
  editDistance,
  houseSpelling,
  isKnown,
  parseVocabulary,
  spellingVariants,
  vocabularyChunkOf,
  vocabularyChunks,
  vocabularyText,
  wordsOf,
} from "../../src/lib/search/spelling.ts";
import {
  noticeFor,
  relaxQuery,
  relaxableWords,
  resultCount,
  subsetsOf,
  type Trial,
} from "../../src/lib/search/relax.ts";
import { glossaryRecord, readIndexedPage, separateBlocks } from "../../src/lib/search/indexing.ts";
import { stepById } from "../../src/lib/steps.ts";

describe("search facets", () => {
  it("labels steps and domains as readers see them, and maps them back", () => {
    expect(stepLabel(stepById("data"))).toBe("Step 3 · Data");
    expect(stepOfLabel("Step 3 · Data")?.id).toBe("data");
    expect(stepOfLabel("Data")).toBeUndefined();
    expect(domainLabel("trust-and-safety")).toBe("Trust and safety");
    expect(domainLabel("generative-ai")).toBe("Generative AI");
    expect(domainLabel("nlp")).toBe("NLP");
    expect(domainIdOf("Generative AI")).toBe("generative-ai");
  });
  it("writes stable ids in URLs and refuses unknown ones", () => {
    expect(urlValueOf("kind", "Case study")).toBe("case-study");
    expect(urlValueOf("step", "Step 7 · Monitoring")).toBe("monitoring");
    expect(urlValueOf("kind", "Blog post")).toBeUndefined();
    expect(filterValueOf("kind", "glossary")).toBe("Glossary");
    expect(filterValueOf("step", "serving")).toBe("Step 6 · Serving");
    expect(filterValueOf("step", "deployment")).toBeUndefined();
    expect(filterValueOf("domain", "<script>")).toBeUndefined();
  });
  it("knows a case study's step sections by their anchors", () => {
    expect(stepOfAnchor("step-model")).toBe("model");
    expect(stepOfAnchor("step-lunch")).toBeUndefined();
    expect(stepOfAnchor("position-bias-in-the-model")).toBeUndefined();
  });
});

describe("search URL state", () => {
  it("round-trips a query and filters through the URL", () => {
    const state = { query: "cold start", filters: { kind: ["Case study"], step: ["Step 3 · Data"], domain: ["Ads"] } };
    const search = writeSearchState(state);
    expect(search).toBe("?q=cold+start&kind=case-study&step=data&domain=ads");
    expect(readSearchState(search)).toEqual(state);
  });
  it("drops what it does not understand and keeps an empty state empty", () => {
    expect(readSearchState("?q=%20ndcg%20&kind=blog&step=data&step=data&utm_source=x")).toEqual({
      query: "ndcg",
      filters: { step: ["Step 3 · Data"] },
    });
    expect(writeSearchState({ query: "  ", filters: { kind: [] } })).toBe("");
    expect(sameSearchState({ query: "a", filters: {} }, { query: "a", filters: { kind: [] } })).toBe(true);
    expect(sameSearchState({ query: "a", filters: {} }, { query: "a", filters: { kind: ["Chapter"] } })).toBe(false);
  });
});

/**
 * A chapter in Pagefind's result shape: `content` holds the words `locations` point at. The "Alerting" section
 * has more and heavier matches (a heading word!) than "Rollback", but only of words every section has.
 */
function page(): PagefindResultData {
  const words: string[] = ["Monitor"];
  const at = (word: string, weight = 1, base = 512) => {
    words.push(word);
    return { location: words.length - 1, weight, balanced_score: base * weight * weight };
  };
  const section = (id: string, heading: string, locations: ReturnType<typeof at>[]) => ({
    url: `/chapters/monitoring/#${id}`,
    title: heading,
    excerpt: "",
    anchor: { element: "h2", id, text: heading, location: locations[0]!.location },
    weighted_locations: locations,
  });
  const top = {
    url: "/chapters/monitoring/",
    title: "Monitor and sustain",
    excerpt: "",
    weighted_locations: [{ location: 0, weight: 7, balanced_score: 25088 }],
  };
  const rollback = section("rollback", "Rollback", [
    at("Rollback.", 6, 221),
    at("roll"),
    at("back"),
    at("a"),
    at("bad"),
    at("model"),
  ]);
  // Pagefind matched "a" as a prefix: "about", "alerts", "ack"… are each rare on the page, but they are all "a".
  const alerting = section(
    "alerting",
    "Alerting and paging",
    ["and", "about", "alerts", "ack", "after", "again", "alarm", "model"].map((w, i) => at(w, i === 0 ? 6 : 1)),
  );
  const fillers = ["drift", "skew", "registry"].map((id) => section(id, id, [at("a"), at("model"), at("and")]));
  return {
    url: "/chapters/monitoring/",
    excerpt: "",
    meta: { title: "Monitor and sustain", kind: "Chapter", step: "Step 7 · Monitoring" },
    content: words.join(" "),
    anchors: [rollback, alerting, ...fillers].map((s) => s.anchor),
    sub_results: [top, alerting, rollback, ...fillers],
  };
}

describe("highlighting on the page a result opens", () => {
  it("marks the query's words as written, not the very common ones", () => {
    expect(highlightTerms("When to retrain")).toEqual(["retrain"]);
    expect(highlightTerms("point-in-time join, point-in-time")).toEqual(["point-in-time", "join"]);
    expect(highlightTerms("a/b sample size")).toEqual(["a/b", "sample", "size"]);
  });
  it("replaces Pagefind's normalised parameters, keeping path and anchor", () => {
    expect(withHighlight("/chapters/data/?h=pointintime&h=join#point-in-time-joins", "point-in-time join", "h")).toBe(
      "/chapters/data/?h=point-in-time&h=join#point-in-time-joins",
    );
    expect(withHighlight("/guide/glossary/#auc", "to", "h")).toBe("/guide/glossary/#auc");
  });
});

describe("search result sections", () => {
  it("attributes matched words to the query term Pagefind matched them for", () => {
    const terms = queryTerms("Roll back a bad model");
    expect(terms).toEqual(["roll", "back", "a", "bad", "model"]);
    expect(termOf("rollback", terms)).toBe("roll");
    expect(termOf("about", terms)).toBe("a");
    expect(termOf("models", terms)).toBe("model");
    expect(termOf("choosing", queryTerms("choose"))).toBe("choose");
    expect(termOf("zebra", terms)).toBe("zebra");
  });
  it("puts the section with the query's distinctive words, in its heading, first", () => {
    const data = page();
    const [, alerting, rollback] = sectionScores(data, "roll back a bad model");
    // Alerting's many matches all stand for "a" (and "model"), which most sections match: they count for little.
    expect(alerting).toBeLessThan(rollback! / 2);
    const sections = rankSections(data, "roll back a bad model");
    expect(sections[0]!.url).toBe("/chapters/monitoring/#rollback");
  });
  it("leaves out the page's own top, which the page link covers, and keeps at most three", () => {
    const data = page();
    expect(rankSections(data, "model").some((s) => s.url === "/chapters/monitoring/")).toBe(false);
    expect(data.sub_results!.length).toBeGreaterThan(4);
    expect(rankSections(data, "model")).toHaveLength(3);
  });
  it("shows the page's kind and step, and a case-study section's own step", () => {
    const view = toDisplayResult(page(), "rollback");
    expect(view).toMatchObject({ title: "Monitor and sustain", kind: "Chapter", step: "Step 7 · Monitoring" });
    expect(view.sections[0]!.step).toBeUndefined();
    const anchors = [
      { element: "h2", id: "step-data", text: "Step 3 Data", location: 10 },
      { element: "h3", id: "features", text: "Features", location: 20 },
      { element: "h2", id: "step-model", text: "Step 4 Model", location: 30 },
      { element: "h3", id: "position-bias-in-the-model", text: "Position bias", location: 40 },
      { element: "h2", id: "common-mistakes", text: "Common mistakes", location: 50 },
    ];
    expect(stepOfSection(anchors, "position-bias-in-the-model")).toBe("Step 4 · Model");
    expect(stepOfSection(anchors, "step-data")).toBe("Step 3 · Data");
    expect(stepOfSection(anchors, "features")).toBe("Step 3 · Data");
    expect(stepOfSection(anchors, "common-mistakes")).toBeUndefined();
  });
});

describe("spelling correction", () => {
  const vocabulary = parseVocabulary(
    vocabularyText(
      new Map([
        ["training", 40],
        ["serving", 30],
        ["skew", 10],
        ["tracing", 2],
        ["sample", 20],
        ["samples", 5],
        ["randomisation", 6],
        ["randomization", 1],
        ["neighbour", 4],
        ["calibration", 25],
        ["retraining", 8],
      ]),
    ),
  );
  it("measures edits, counting a swap of neighbours as one", () => {
    expect(editDistance("sampel", "sample")).toBe(1);
    expect(editDistance("traning", "training")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });
  it("knows words and the words they begin, as Pagefind matches them", () => {
    expect(isKnown("serving", vocabulary)).toBe(true);
    expect(isKnown("retrain", vocabulary)).toBe(true);
    expect(isKnown("traning", vocabulary)).toBe(false);
  });
  it("prefers the most frequent of equally close words", () => {
    // "traning" is one edit from both "training" and "tracing".
    expect(closestWord("traning", vocabulary)).toBe("training");
    expect(closestWord("zzzzzz", vocabulary)).toBeUndefined();
  });
  it("corrects typos and the guide's British spellings, and says so", () => {
    expect(correctQuery("traning serving skew", vocabulary)).toEqual({ query: "training serving skew", changed: true });
    expect(correctQuery("Sampel size", vocabulary)).toEqual({ query: "sample size", changed: true });
    expect(correctQuery("randomization unit", vocabulary).query).toBe("randomisation unit");
    expect(correctQuery("nearest neighbor", vocabulary).query).toBe("nearest neighbour");
    expect(correctQuery("a/b test p99 dcn-v2", vocabulary)).toEqual({ query: "a/b test p99 dcn-v2", changed: false });
    expect(correctQuery("calibration", vocabulary).changed).toBe(false);
  });
  it("generates American and British variants", () => {
    expect(spellingVariants("optimize")).toContain("optimise");
    expect(spellingVariants("behaviour")).toContain("behavior");
    expect(spellingVariants("modeling")).toContain("modelling");
    expect(houseSpelling("randomization", vocabulary)).toBe("randomisation");
    expect(houseSpelling("randomisation", vocabulary)).toBe("randomisation");
  });
  it("builds a reproducible vocabulary from indexed text", () => {
    expect(wordsOf("Point-in-time joins, p99 à la carte")).toEqual(["point", "time", "joins", "carte"]);
    expect(
      vocabularyText(
        new Map([
          ["b", 1],
          ["a", 1],
          ["c", 3],
        ]),
      ),
    ).toBe("c\na\nb");
  });
});

describe("search index input", () => {
  const html = `<!doctype html><html lang="en"><body>
    <nav><h2>Guide</h2><a href="/chapters/data/">Data</a></nav>
    <main data-pagefind-body>
      <h1>Monitor</h1>
      <p class="page-meta" data-pagefind-ignore>12 min read</p>
      <h2 id="drift">Drift <a class="heading-anchor" href="#drift"></a></h2>
      <p>See <a href="/guide/glossary/#concept-drift">concept drift</a> and <a href="/guide/glossary/#label-shift">label shift</a>.</p>
      <figure><svg><text>svg label</text></svg><figcaption>A caption worth finding.</figcaption></figure>
      <table><tr><th>Freshness</th><th>Label accuracy</th></tr></table>
      <h3>Untitled section</h3>
    </main>
    <footer>Footer text</footer>
  </body></html>`;

  it("reads only what Pagefind indexes: the body, without ignored parts, SVG text or chrome", () => {
    const page = readIndexedPage(html, "/guide/")!;
    expect(page.text).toContain("A caption worth finding.");
    expect(page.text).toContain("Freshness");
    expect(page.text).not.toMatch(/min read|svg label|Footer text|Guide/);
    expect(page.glossaryLinks).toEqual(["concept-drift", "label-shift"]);
  });
  it("finds headings that cannot become sub-results", () => {
    expect(readIndexedPage(html)!.headingsWithoutId).toEqual(["Untitled section"]);
  });
  it("skips pages that do not opt in", () => {
    expect(readIndexedPage("<html><body><main><h2>Search</h2></main></body></html>")).toBeUndefined();
  });
  it("keeps table cells and blocks apart so their words are indexed separately", () => {
    expect(separateBlocks("<tr><th>Freshness</th><th>Label</th></tr><li>a</li><li>b</li>")).toBe(
      "<tr><th>Freshness</th> <th>Label</th> </tr> <li>a</li> <li>b</li> ",
    );
  });
  it("makes a glossary term a record that lands on its entry", () => {
    const record = glossaryRecord(
      {
        id: "normalized-cross-entropy",
        term: "Normalized cross-entropy (NE)",
        definition: "Log loss over base-rate entropy.",
        aliases: ["NE", "normalized entropy"],
      },
      ["Step 2 · Framing", "Step 5 · Evaluation"],
    );
    expect(record).toEqual({
      url: "/glossary/#normalized-cross-entropy",
      content: "Normalized cross-entropy (NE). Log loss over base-rate entropy. Also: NE, normalized entropy.",
      language: "en",
      meta: { title: "Normalized cross-entropy (NE)", kind: "Glossary", aliases: "NE, normalized entropy" },
      filters: { kind: ["Glossary"], step: ["Step 2 · Framing", "Step 5 · Evaluation"] },
    });
    expect(glossaryRecord({ id: "x", term: "X", definition: "An x.", aliases: [] }).meta).toEqual({
      title: "X",
      kind: "Glossary",
    });
  });
});

describe("vocabulary files by first letter", () => {
  const counts = new Map([
    ["training", 9],
    ["traffic", 4],
    ["the", 50],
    ["position", 3],
    ["étude", 1],
  ]);
  it("puts each word in its first letter's file, most frequent first, and leaves out words too short to use", () => {
    const chunks = vocabularyChunks(counts);
    expect([...chunks.keys()]).toEqual(["p", "t", "u00e9"]);
    expect(chunks.get("t")).toBe("training\ntraffic");
    expect(vocabularyChunkOf("étude")).toBe("u00e9");
  });
  it("fetches only the files of the words correction looks at", () => {
    expect(chunksForQuery("Position bias of traning")).toEqual(["p", "t"]);
    expect(chunksForQuery("a/b test p99")).toEqual([]);
  });
  it("corrects each word against its own letter's vocabulary", () => {
    const chunks = vocabularyChunks(counts);
    const byLetter = (word: string) => parseVocabulary(chunks.get(vocabularyChunkOf(word)) ?? "");
    expect(correctQuery("traning posiiton", byLetter)).toEqual({ query: "training position", changed: true });
    // A letter whose file is missing (failed to load) leaves its words as typed.
    expect(correctQuery("bandti", byLetter)).toEqual({ query: "bandti", changed: false });
  });
});

describe("no dead end: fewer words when all of them find nothing", () => {
  /** A fake index: the pages each word is on; a query finds the pages holding all its words. */
  const pages: Record<string, string[]> = {
    thompson: ["bandit", "explore"],
    sampling: ["bandit", "explore", "data", "evaluation"],
    vs: ["scope", "evaluation"],
    ucb: ["bandit"],
  };
  const search = async (words: readonly string[]): Promise<Trial> => {
    const sets = words.map((word) => new Set(pages[word] ?? []));
    const found = [...(sets[0] ?? [])].filter((page) => sets.every((set) => set.has(page)));
    // Rarer words score higher, as in Pagefind.
    const score = words.reduce((sum, word) => sum + 1 / (pages[word]?.length ?? 1), 0);
    return { count: found.length, score: found.length > 0 ? score : 0 };
  };

  it("keeps the most words that still find pages together, preferring the best-scoring group", async () => {
    expect(await relaxQuery(["thompson", "sampling", "vs", "ucb"], search)).toEqual({
      words: ["thompson", "sampling", "ucb"],
      dropped: ["vs"],
    });
  });
  it("drops words that find nothing on their own first", async () => {
    expect(await relaxQuery(["thompson", "blockchain"], search)).toEqual({
      words: ["thompson"],
      dropped: ["blockchain"],
    });
  });
  it("gives up when no word finds anything, or there is only one word", async () => {
    expect(await relaxQuery(["blockchain", "quantum"], search)).toBeUndefined();
    expect(await relaxQuery(["ucb"], search)).toBeUndefined();
  });
  it("leaves quoted phrases alone and splits on spaces as typed", () => {
    expect(relaxableWords('"point-in-time join" kafka')).toEqual([]);
    expect(relaxableWords("  a/b  test ")).toEqual(["a/b", "test"]);
  });
  it("lists subsets in order", () => {
    expect(subsetsOf(["a", "b", "c"], 2)).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
  });
  it("says what the results are for", () => {
    expect(noticeFor("thompson sampling", true, true)?.lead).toMatch(/^No page has all of these words/);
    expect(noticeFor("training serving skew", true, false)).toEqual({
      lead: "Showing results for ",
      query: "training serving skew",
    });
    expect(noticeFor("ndcg", false, false)).toBeUndefined();
    expect([resultCount(1), resultCount(12)]).toEqual(["1 result", "12 results"]);
  });
});
