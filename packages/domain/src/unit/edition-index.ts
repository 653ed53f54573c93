import { compareVietnamese } from "../text/vietnamese-text.js";
import type { Edition } from "./edition.js";
import type { Unit } from "./unit.js";
import type { UnitLevel } from "./unit-kind.js";

/** Lookups over one edition, built once per edition object. */
export interface EditionIndex {
  readonly byCode: ReadonlyMap<string, Unit>;
  /** Children of each unit (and of "" for the provinces), sorted by Vietnamese collation. */
  readonly childrenOf: ReadonlyMap<string, readonly Unit[]>;
  /** The levels that exist in the edition, ascending. */
  readonly levels: readonly UnitLevel[];
  /** Units of each level, sorted by Vietnamese collation of the name. */
  readonly atLevel: ReadonlyMap<UnitLevel, readonly Unit[]>;
}

const ROOT = "";
const cache = new WeakMap<Edition, EditionIndex>();

function byName(a: Unit, b: Unit): number {
  return compareVietnamese(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** The index of an edition, memoised per edition object (editions are treated as immutable). */
export function indexEdition(edition: Edition): EditionIndex {
  const known = cache.get(edition);
  if (known) return known;
  const byCode = new Map<string, Unit>();
  const childrenOf = new Map<string, Unit[]>();
  const atLevel = new Map<UnitLevel, Unit[]>();
  for (const unit of edition.units) {
    byCode.set(unit.code, unit);
    const key = unit.parentCode ?? ROOT;
    const siblings = childrenOf.get(key);
    if (siblings) siblings.push(unit);
    else childrenOf.set(key, [unit]);
    const level = atLevel.get(unit.level);
    if (level) level.push(unit);
    else atLevel.set(unit.level, [unit]);
  }
  for (const list of childrenOf.values()) list.sort(byName);
  for (const list of atLevel.values()) list.sort(byName);
  const levels = ([1, 2, 3] as const).filter((l) => atLevel.has(l));
  const index: EditionIndex = { byCode, childrenOf, levels, atLevel };
  cache.set(edition, index);
  return index;
}

export const ROOT_KEY = ROOT;
