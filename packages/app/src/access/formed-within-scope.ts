import { ancestors, type Edition, type EditionMapping, unitByCode } from "@pctm/domain";
import { loadPackagedUnits } from "@pctm/units-data";
import { editionHolding } from "./unit-lineage.js";

const predecessorsCache = new WeakMap<EditionMapping, ReadonlyMap<string, readonly string[]>>();

/** The old units each new unit was formed from, memoised per mapping (an import asks per row). */
function predecessorsOf(mapping: EditionMapping): ReadonlyMap<string, readonly string[]> {
  const known = predecessorsCache.get(mapping);
  if (known) return known;
  const out = new Map<string, string[]>();
  for (const { from, to } of mapping.pairs) {
    const list = out.get(to);
    if (!list) out.set(to, [from]);
    else if (!list.includes(from)) list.push(from);
  }
  predecessorsCache.set(mapping, out);
  return out;
}

function isUnder(edition: Edition, code: string, scope: string): boolean {
  if (!unitByCode(edition, code)) return false;
  return code === scope || ancestors(edition, code).some((unit) => unit.code === scope);
}

/**
 * Was `unit` formed wholly from units under `scope`, a unit its own list no longer has? This is how
 * a scope written before a reform reaches the units after it: from 01/7/2025 districts are gone and
 * communes sit under the province, so a district's editor keeps the new communes made only of its
 * old communes. A new commune made partly from another district's communes is not within it (only
 * the province's scope holds it): a scope never grows past the area it was given. The mapping is the
 * packaged one into the unit's list, from the newest older list that still has the scope unit.
 */
export function formedWithinScope(
  editions: readonly Edition[],
  unit: string,
  scope: string,
  today: string,
  packagedIdOf: (edition: Edition) => string = (edition) => edition.id,
): boolean {
  const holder = editionHolding(editions, unit, today);
  if (!holder || unitByCode(holder, scope)) return false;
  const intoHolder = packagedIdOf(holder);
  const best = loadPackagedUnits()
    .mappings.filter((mapping) => mapping.toEdition === intoHolder)
    .map((mapping) => ({ mapping, from: editions.find((edition) => edition.id === mapping.fromEdition) }))
    .filter(
      (step): step is { mapping: EditionMapping; from: Edition } =>
        step.from !== undefined && unitByCode(step.from, scope) !== undefined,
    )
    .sort((a, b) => (a.from.validFrom ?? "").localeCompare(b.from.validFrom ?? ""))
    .at(-1);
  if (!best) return false;
  const predecessors = predecessorsOf(best.mapping).get(unit) ?? [];
  return predecessors.length > 0 && predecessors.every((code) => isUnder(best.from, code, scope));
}
