import type { Edition } from "./edition.js";
import type { EditionMapping } from "./edition-mapping.js";
import { mappingTargets } from "./edition-mapping.js";
import { unitByCode } from "./query-hierarchy.js";

/** An old unit as the fast remap sees it: a small index, whether the list has it, its new units. */
export interface CompiledUnit {
  readonly index: number;
  /** Whether the source edition has this code (always true without an edition: units not checked). */
  readonly known: boolean;
  readonly targets: readonly string[] | undefined;
  /** Indexes into CompiledMapping.targetCodes, in the order of `targets`. */
  readonly targetIndexes: readonly number[];
}

/** A mapping read once for one source edition: every old code and every new code numbered. */
export interface CompiledMapping {
  readonly units: ReadonlyMap<string, CompiledUnit>;
  readonly targetCodes: readonly string[];
  readonly targetIndex: ReadonlyMap<string, number>;
}

/** Per mapping: without an edition, and per edition (weakly: a patched edition may be built per call). */
interface Compilations {
  withoutEdition?: CompiledMapping;
  readonly byEdition: WeakMap<Edition, CompiledMapping>;
}
const cache = new WeakMap<EditionMapping, Compilations>();

/**
 * The mapping as numbers, memoised per (mapping, source edition) object pair like mappingTargets: a
 * remap looks each value's unit up once in one Map instead of building string keys per value.
 */
export function compileMapping(mapping: EditionMapping, edition: Edition | undefined): CompiledMapping {
  let compilations = cache.get(mapping);
  if (!compilations) {
    compilations = { byEdition: new WeakMap() };
    cache.set(mapping, compilations);
  }
  const known = edition ? compilations.byEdition.get(edition) : compilations.withoutEdition;
  if (known) return known;
  const targets = mappingTargets(mapping);
  const targetCodes: string[] = [];
  const targetIndex = new Map<string, number>();
  const units = new Map<string, CompiledUnit>();
  const addUnit = (code: string) => {
    if (units.has(code)) return;
    const to = targets.get(code);
    const targetIndexes = (to ?? []).map((t) => {
      let i = targetIndex.get(t);
      if (i === undefined) {
        i = targetCodes.length;
        targetCodes.push(t);
        targetIndex.set(t, i);
      }
      return i;
    });
    units.set(code, {
      index: units.size,
      known: edition === undefined || unitByCode(edition, code) !== undefined,
      targets: to,
      targetIndexes,
    });
  };
  for (const code of targets.keys()) addUnit(code);
  for (const unit of edition?.units ?? []) addUnit(unit.code);
  const compiled = { units, targetCodes, targetIndex };
  if (edition) compilations.byEdition.set(edition, compiled);
  else compilations.withoutEdition = compiled;
  return compiled;
}
