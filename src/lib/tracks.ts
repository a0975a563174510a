/**
 * Tracks: chapters that walk the seven steps again for one kind of system (today: LLM systems). Defined once
 * here; the schema accepts these ids in a chapter's `track:` field, the sidebar gives each track its group
 * after the framework, and every step chapter carries the track's section under the anchor named here.
 */
export interface Track {
  id: string;
  /** The sidebar group. */
  label: string;
  /** The `##` heading each step chapter gives this track, and its fixed anchor. */
  sectionTitle: string;
  sectionAnchor: string;
}

export const TRACKS = [
  { id: "llm-systems", label: "LLM systems", sectionTitle: "In LLM systems", sectionAnchor: "llm-systems" },
] as const satisfies readonly Track[];

export type TrackId = (typeof TRACKS)[number]["id"];
export const TRACK_IDS = TRACKS.map((track) => track.id) as [TrackId, ...TrackId[]];

/** Headings whose anchor is fixed rather than slugged, so links such as /chapters/data/#llm-systems hold. */
export const FIXED_HEADING_ANCHORS: ReadonlyMap<string, string> = new Map(
  TRACKS.map((track) => [track.sectionTitle, track.sectionAnchor]),
);
