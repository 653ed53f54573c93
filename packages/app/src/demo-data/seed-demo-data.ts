import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { createUser } from "../access/create-user.js";
import type { AppContext } from "../context.js";
import { type ImportOptions, importDataValues } from "../data-values/import-data-values.js";
import { loadUnitKnowledge } from "../data-values/unit-knowledge.js";
import type { Actor } from "../ports/actor.js";
import { DEMO_SEED, generateDemoValues } from "./generate-demo-values.js";

export const seedDemoDataInputSchema = z.object({
  seed: z.number().int().min(0).max(4_294_967_295).default(DEMO_SEED),
  /** The login name of the demonstration administrator. */
  adminName: z.string().trim().min(1).max(100).default("demo-admin"),
});
export type SeedDemoDataInput = z.input<typeof seedDemoDataInputSchema>;

export interface SeedDemoDataOutput {
  /** Says, in Vietnamese, that every figure is invented. */
  readonly notice: string;
  readonly values: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly violations: number;
  readonly periods: readonly string[];
  readonly dataElements: readonly string[];
  readonly communes: Readonly<Record<string, number>>;
  readonly admin: { readonly name: string; readonly created: boolean };
}

export const DEMO_NOTICE =
  "Đây là bộ số liệu MINH HỌA TỰ SINH, không có thật: dùng để thử công cụ, không dùng cho báo cáo. " +
  "Mỗi giá trị có ghi chú “Số liệu minh họa tự sinh (không có thật)”.";

/**
 * Loads the invented demonstration dataset (Thừa Thiên Huế 2015–6/2025, Thành phố Huế from 7/2025,
 * every commune) through importDataValues — the same checks and one batch as a user's import —
 * and creates the demonstration administrator, nationwide like the operator who seeds: the catalogue's
 * national programme is judged for the whole country, and the demonstration's admin makes users for
 * any unit. Running it again changes nothing. Nationwide admins only.
 */
export async function seedDemoData(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  options: ImportOptions = {},
): Promise<Result<SeedDemoDataOutput>> {
  const parsed = parseWith(seedDemoDataInputSchema, input);
  if (!parsed.ok) return parsed;
  const allowed = await authorise(ctx, actor, { unit: null, role: "admin" });
  if (!allowed.ok) return allowed;
  const units = await loadUnitKnowledge(ctx);
  if (!units.ok) return units;
  const dataset = generateDemoValues(ctx.catalog, units.value.editions, parsed.value.seed);
  const imported = await importDataValues(
    ctx,
    actor,
    {
      format: "json",
      rows: [...dataset.values],
      source: "pctm db seed (số liệu minh họa)",
      reason: "số liệu minh họa",
    },
    options,
  );
  if (!imported.ok) return imported;
  const user = await createUser(ctx, actor, {
    name: parsed.value.adminName,
    displayName: "Quản trị viên minh họa",
    role: "admin",
    scopeUnit: null,
  });
  if (!user.ok && user.errors.some((e) => e.code !== "ACCESS_USER_EXISTS")) return err(user.errors);
  const out = imported.value;
  return ok({
    notice: DEMO_NOTICE,
    values: dataset.values.length,
    created: out.created,
    updated: out.updated,
    unchanged: out.unchanged,
    violations: out.violations.length,
    periods: dataset.periods,
    dataElements: dataset.dataElements,
    communes: dataset.communes,
    admin: { name: parsed.value.adminName, created: user.ok },
  });
}
