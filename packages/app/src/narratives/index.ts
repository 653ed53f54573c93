export type { PutNarrativeInput } from "./put-narrative.js";
export { putNarrative, putNarrativeInputSchema } from "./put-narrative.js";
