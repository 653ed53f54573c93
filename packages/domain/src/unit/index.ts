export type { Edition, EditionInput } from "./edition.js";
export { editionDateSchema, editionSchema } from "./edition.js";
export type { EditionIndex } from "./edition-index.js";
export { indexEdition } from "./edition-index.js";
export type { EditionMapping, SplitWeights, SplitWeightsInput } from "./edition-mapping.js";
export {
  editionMappingSchema,
  exactShareSchema,
  mappingTargets,
  splitWeightsSchema,
} from "./edition-mapping.js";
export type { EditionChange, EditionPatch, EditionPatchInput } from "./edition-patch.js";
export { applyEditionPatch, editionChangeSchema, editionPatchSchema } from "./edition-patch.js";
export { editionInForce, isEditionInForce } from "./edition-registry.js";
export type { ExactJsonValue } from "./exact-json-value.js";
export { decimalPlacesOf, formatExactValueVi, toExactJsonValue } from "./exact-json-value.js";
export {
  ancestors,
  children,
  descendantsAtLevel,
  hasLevel,
  levelNames,
  unitByCode,
} from "./query-hierarchy.js";
export type {
  RemapOptions,
  RemappedValue,
  RemapResult,
  RemapSource,
  UnallocatedValue,
} from "./remap-values.js";
export { identityMapping, remapValues, remapValuesExact } from "./remap-values.js";
export type { SearchUnitsOptions } from "./search-units.js";
export { searchUnits } from "./search-units.js";
export type { Unit, UnitInput } from "./unit.js";
export { fullUnitName, unitCodeSchema, unitSchema } from "./unit.js";
export type { UnitKind, UnitLevel } from "./unit-kind.js";
export {
  kindWord,
  labelOfKind,
  levelOfKind,
  UNIT_KINDS,
  UNIT_LEVEL_NAMES,
  unitKindSchema,
  unitLevelSchema,
} from "./unit-kind.js";
