/** The guide's name, in titles, headers and social previews. */
export const SITE_TITLE = "ML System Design Field Guide";
