import { z } from "zod";
import { parseFractionString, type Rational } from "../number/rational.js";
import { unitCodeSchema } from "./unit.js";

/**
 * Which old unit went into which new one between two editions. An old code with several targets was
 * split; a new code with several sources is a merger. Provinces appear too (old → new province).
 */
export const editionMappingSchema = z.object({
  id: z.string().min(1),
  fromEdition: z.string().min(1),
  toEdition: z.string().min(1),
  pairs: z.array(z.object({ from: unitCodeSchema, to: unitCodeSchema })),
});
export type EditionMapping = z.infer<typeof editionMappingSchema>;

/** An exact share written as "1/3", "0,25", "0.25" or a number. */
export const exactShareSchema = z.union([z.string(), z.number()]).transform((raw, ctx): Rational => {
  const value = typeof raw === "number" ? parseFractionString(String(raw)) : parseFractionString(raw);
  if (!value || value.num < 0n) {
    ctx.addIssue({
      code: "custom",
      message: `tỷ lệ "${raw}" không phải số không âm (ví dụ "1/3", "0,25")`,
      params: { code: "WEIGHT_INVALID" },
    });
    return z.NEVER;
  }
  return value;
});

/** The user's weights for split units: the share of an old unit's value that goes to each new unit. */
export const splitWeightsSchema = z.array(
  z.object({ from: unitCodeSchema, to: unitCodeSchema, weight: exactShareSchema }),
);
export type SplitWeights = z.infer<typeof splitWeightsSchema>;
export type SplitWeightsInput = z.input<typeof splitWeightsSchema>;

const targetsCache = new WeakMap<EditionMapping, ReadonlyMap<string, readonly string[]>>();

/** Targets of every old code, memoised per mapping object. */
export function mappingTargets(mapping: EditionMapping): ReadonlyMap<string, readonly string[]> {
  const known = targetsCache.get(mapping);
  if (known) return known;
  const out = new Map<string, string[]>();
  for (const { from, to } of mapping.pairs) {
    const list = out.get(from);
    if (!list) out.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  }
  targetsCache.set(mapping, out);
  return out;
}
