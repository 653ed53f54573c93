import type { Edition } from "./edition.js";
import { indexEdition, ROOT_KEY } from "./edition-index.js";
import type { Unit } from "./unit.js";
import { UNIT_LEVEL_NAMES, type UnitLevel } from "./unit-kind.js";

/** The unit with this code in the edition, or undefined. */
export function unitByCode(edition: Edition, code: string): Unit | undefined {
  return indexEdition(edition).byCode.get(code);
}

/** The unit's ancestors, nearest first (commune → district → province); [] for a province or unknown code. */
export function ancestors(edition: Edition, code: string): readonly Unit[] {
  const { byCode } = indexEdition(edition);
  const out: Unit[] = [];
  let parent = byCode.get(code)?.parentCode ?? null;
  while (parent !== null) {
    const unit = byCode.get(parent);
    if (!unit) break;
    out.push(unit);
    parent = unit.parentCode;
  }
  return out;
}

/** The unit's direct children, in Vietnamese order; with no code, the provinces. */
export function children(edition: Edition, code?: string): readonly Unit[] {
  return indexEdition(edition).childrenOf.get(code ?? ROOT_KEY) ?? [];
}

/**
 * Every unit at `level` under `code` (the unit itself when it is at that level), in Vietnamese order.
 * With no code, the whole edition's units at that level. [] when the level does not exist.
 */
export function descendantsAtLevel(
  edition: Edition,
  code: string | undefined,
  level: UnitLevel,
): readonly Unit[] {
  const index = indexEdition(edition);
  if (code === undefined) return index.atLevel.get(level) ?? [];
  const start = index.byCode.get(code);
  if (!start || start.level > level) return [];
  if (start.level === level) return [start];
  const out: Unit[] = [];
  const walk = (unit: Unit) => {
    for (const child of index.childrenOf.get(unit.code) ?? []) {
      if (child.level === level) out.push(child);
      else if (child.level < level) walk(child);
    }
  };
  walk(start);
  return out.length > 1 && start.level + 1 < level ? sortLike(index.atLevel.get(level) ?? [], out) : out;
}

/** Keep the Vietnamese order of the level list for descendants gathered from several parents. */
function sortLike(ordered: readonly Unit[], picked: readonly Unit[]): Unit[] {
  const wanted = new Set(picked);
  return ordered.filter((u) => wanted.has(u));
}

/** Does the edition have this level? (No district level from 1/7/2025.) */
export function hasLevel(edition: Edition, level: UnitLevel): boolean {
  return indexEdition(edition).levels.includes(level);
}

/** The levels of the edition with their Vietnamese names: [{ level: 1, name: "cấp tỉnh" }, …]. */
export function levelNames(edition: Edition): readonly { level: UnitLevel; name: string }[] {
  return indexEdition(edition).levels.map((level) => ({ level, name: UNIT_LEVEL_NAMES[level] }));
}
