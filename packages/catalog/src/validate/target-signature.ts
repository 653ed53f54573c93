import type { SimpleTarget, Target } from "@pctm/domain";

const n = (value: unknown): string => String(value).replace(".", ",");
const due = (t: { readonly duePeriod?: string | undefined }) => (t.duePeriod ? ` đến ${t.duePeriod}` : "");
const CMP = { at_least: "≥", more_than: ">", at_most: "≤", less_than: "<" } as const;

function signatureOfSimple(t: SimpleTarget): string {
  switch (t.kind) {
    case "threshold":
    case "share_within_lag":
    case "per_unit": {
      const lag = t.kind === "share_within_lag" ? ` trong ${t.lagMonths} tháng` : "";
      const level = t.kind === "per_unit" ? ` mỗi đơn vị cấp ${t.level}` : "";
      return `${t.kind} ${CMP[t.comparison]} ${n(t.value)}${lag}${level}${due(t)}`;
    }
    case "range":
    case "count_range":
      return `${t.kind} ${n(t.min)}–${n(t.max)}${due(t)}`;
    case "change_vs_previous":
    case "change_vs_baseline": {
      const upTo = t.amountMax === undefined ? "" : `–${n(t.amountMax)}`;
      const base = t.kind === "change_vs_baseline" ? ` so với ${t.baselinePeriod}` : "";
      return `${t.kind} ${t.direction} ${CMP[t.comparison]} ${n(t.amount)}${upTo}${base}${due(t)}`;
    }
    case "reach_by":
      return `reach_by ${n(t.baselineValue)} (${t.baselinePeriod}) → ${n(t.value)}${due(t)}`;
    case "milestones":
      return `milestones ${t.milestones.map((m) => `${n(m.value)} (${m.period})`).join(", ")}`;
    case "zero_occurrences":
    case "qualitative":
      return `${t.kind}${due(t)}`;
  }
}

/**
 * What a target asks for, in one line: its kind and numbers ("threshold > 1", "range 5–10",
 * "all_of [zero_occurrences + range 5–10]"). Tests compare it with the numbers of SEED-TARGETS.md.
 */
export function targetSignature(target: Target): string {
  if (target.kind !== "all_of") return signatureOfSimple(target);
  return `all_of [${target.parts.map(signatureOfSimple).join(" + ")}]${due(target)}`;
}
