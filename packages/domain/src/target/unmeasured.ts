import { formatNumberVi } from "../number/format-vi.js";
import { describeMissing } from "./describe-target.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import type { Measurement } from "./measure.js";

/** "Chưa đủ dữ liệu" for a figure that could not be measured, saying exactly why. */
export function unmeasured(
  measurement: Exclude<Measurement, { status: "value" }>,
  context: JudgingContext,
  goal: string | undefined,
  what = "",
): Judgement {
  let body: string;
  switch (measurement.status) {
    case "missing":
      body = describeMissing(
        measurement.missing,
        context.orgUnit,
        context.dataElementName,
        context.unitScope?.nameOf.bind(context.unitScope),
      );
      break;
    case "zero_denominator":
      body = `mẫu số "${measurement.denominator}" bằng 0 ${context.periods.label(measurement.period)}, không tính được tỷ lệ`;
      break;
    case "not_a_number":
      body = `chỉ số "${measurement.indicator}" cho giá trị đúng/sai, không phải số`;
      break;
    case "not_whole":
      body = `chỉ số "${measurement.indicator}" cho ${formatNumberVi(measurement.value)}, không phải số nguyên: mục tiêu đếm số lượng nên chỉ xét số nguyên`;
      break;
  }
  const fullBody = what ? `${body} (${what})` : body;
  return {
    verdict: "insufficient_data",
    body: fullBody,
    ...(goal !== undefined ? { goal } : {}),
    used: measurement.used,
    missing: measurement.status === "missing" ? measurement.missing : [],
    reason: fullBody,
  };
}
