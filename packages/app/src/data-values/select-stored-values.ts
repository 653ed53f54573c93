import { children, type Edition, err, ok, type Result, unitByCode } from "@pctm/domain";
import { authorise } from "../access/authorise.js";
import { isWithinScope } from "../access/is-within-scope.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredDataValue } from "../ports/data-value-store.js";
import { loadUnitKnowledge, type UnitKnowledge } from "./unit-knowledge.js";

export interface ValueSelection {
  readonly orgUnit?: string | undefined;
  /** With orgUnit: every unit under it too (in any unit list). */
  readonly children?: boolean | undefined;
  readonly period?: string | undefined;
  readonly dataElement?: string | undefined;
}

/**
 * The stored values a selection names, after checking the actor may read them (viewer on the unit;
 * without a unit, the actor's own scope). Values outside the actor's scope are never returned.
 */
export async function selectStoredValues(
  ctx: AppContext,
  actor: Actor,
  selection: ValueSelection,
): Promise<Result<{ values: StoredDataValue[]; units: UnitKnowledge }>> {
  const root = selection.orgUnit ?? actor.scopeUnit;
  const allowed = await authorise(ctx, actor, { unit: root, role: "viewer" });
  if (!allowed.ok) return err(allowed.errors.map((e) => ({ ...e, path: ["orgUnit"] })));
  const units = await loadUnitKnowledge(ctx);
  if (!units.ok) return units;
  const wholeTree = selection.orgUnit === undefined || selection.children === true;
  const candidates = wholeTree && root !== null ? unitsUnder(units.value.editions, root) : undefined;
  const found = await ctx.store.dataValues.query({
    ...(root !== null && !wholeTree ? { orgUnits: [root] } : {}),
    ...(candidates ? { orgUnits: candidates } : {}),
    ...(selection.period ? { periods: [selection.period] } : {}),
    ...(selection.dataElement ? { dataElements: [selection.dataElement] } : {}),
  });
  const today = ctx.clock.today();
  const under = new Map<string, boolean>();
  const inTree = (unit: string): boolean => {
    if (root === null) return true;
    let answer = under.get(unit);
    if (answer === undefined) {
      const { editions, packagedIdOf } = units.value;
      answer = unit === root || (isWithinScope(editions, unit, root, today, packagedIdOf) ?? false);
      under.set(unit, answer);
    }
    return answer;
  };
  const values = found.filter((v) => (wholeTree ? inTree(v.orgUnit) : v.orgUnit === root));
  values.sort(
    (a, b) =>
      a.dataElement.localeCompare(b.dataElement) ||
      a.period.localeCompare(b.period) ||
      a.orgUnit.localeCompare(b.orgUnit) ||
      a.categoryOptionCombo.localeCompare(b.categoryOptionCombo),
  );
  return ok({ values, units: units.value });
}

/**
 * `root` and every unit under it in each unit list, to ask the store for those units only (reading a
 * province's values of a year read the whole country's year before: 6 s on 1.4 M values). Every unit
 * within the scope is among them, so the scope filter above still decides. undefined when some list
 * lacks `root`: a scope a reform abolished also reaches units formed from its own, anywhere.
 */
function unitsUnder(editions: readonly Edition[], root: string): string[] | undefined {
  const out = new Set<string>([root]);
  for (const edition of editions) {
    if (!unitByCode(edition, root)) return undefined;
    const walk = (code: string) => {
      for (const child of children(edition, code)) {
        out.add(child.code);
        walk(child.code);
      }
    };
    walk(root);
  }
  return [...out];
}
