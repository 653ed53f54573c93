export type {
  AgencyText,
  GetUnitNarrativesInput,
  UnitNarrativeSection,
  UnitNarratives,
} from "./get-unit-narratives.js";
export { getUnitNarratives, getUnitNarrativesInputSchema } from "./get-unit-narratives.js";
export type { PutNarrativeInput } from "./put-narrative.js";
export { putNarrative, putNarrativeInputSchema } from "./put-narrative.js";
