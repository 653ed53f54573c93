import { fullUnitName, labelOfKind, type Unit } from "@pctm/domain";

/** A unit as use cases hand it out: the stored fields plus the names people read. */
export interface UnitView {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: Unit["kind"];
  readonly kindLabel: string;
  readonly level: Unit["level"];
  readonly parentCode: string | null;
}

export function viewUnit(unit: Unit): UnitView {
  return {
    code: unit.code,
    name: unit.name,
    fullName: fullUnitName(unit),
    kind: unit.kind,
    kindLabel: labelOfKind(unit.kind),
    level: unit.level,
    parentCode: unit.parentCode,
  };
}
