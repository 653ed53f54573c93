import type { TargetUnitScope } from "../target/unit-scope.js";
import type { Edition } from "../unit/edition.js";
import { descendantsAtLevel, hasLevel, unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName } from "../unit/unit.js";

/**
 * What per-unit targets need from one edition: the units of a level under an ancestor (undefined when
 * the edition has no such level, e.g. no district level from 1/7/2025) and unit names for sentences.
 */
export function toTargetUnitScope(edition: Edition): TargetUnitScope {
  return {
    unitsAtLevel(ancestorCode, level) {
      if (!hasLevel(edition, level)) return undefined;
      return descendantsAtLevel(edition, ancestorCode, level).map((u) => u.code);
    },
    nameOf(code) {
      const unit = unitByCode(edition, code);
      return unit && fullUnitName(unit);
    },
    ...(edition.validFrom === null ? {} : { effectiveFrom: edition.validFrom }),
  };
}
