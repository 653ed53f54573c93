/**
 * The report outlines the campaigns use. Engineer E's outline data (src/outlines) defines them; until
 * it is in place these are the ids the campaigns name.
 */
export const BUILTIN_OUTLINE_IDS: readonly string[] = ["outline-000", "outline-003", "outline-004"];
