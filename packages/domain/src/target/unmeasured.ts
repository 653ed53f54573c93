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
  // Written when read: a country's judging finds many gaps and prints few of them.
  let fullBody: string | undefined;
  const body = () => (fullBody ??= withWhat(describeUnmeasured(measurement, context), what));
  return {
    verdict: "insufficient_data",
    body,
    ...(goal !== undefined ? { goal } : {}),
    used: measurement.used,
    missing: measurement.status === "missing" ? measurement.missing : [],
    reason: body,
  };
}

function withWhat(body: string, what: string): string {
  return what ? `${body} (${what})` : body;
}

/** Why the figure could not be measured, in words. */
function describeUnmeasured(
  measurement: Exclude<Measurement, { status: "value" }>,
  context: JudgingContext,
): string {
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
    case "zero_denominator": {
      const name = nameOfFigure(measurement.denominator, context.dataElementName);
      const period = context.periods.label(measurement.period);
      body = name
        ? `${name} (mẫu số) bằng 0 ${period}, không tính được tỷ lệ`
        : `mẫu số bằng 0 ${period}, không tính được tỷ lệ`;
      break;
    }
    case "not_a_number": {
      const name = nameOfFigure(measurement.indicator, context.dataElementName);
      body = `${name ?? "chỉ số của mục tiêu"} cho giá trị đúng/sai, không phải số`;
      break;
    }
    case "not_whole": {
      const name = nameOfFigure(measurement.indicator, context.dataElementName);
      body = `${name ?? "chỉ số của mục tiêu"} cho ${formatNumberVi(measurement.value)}, không phải số nguyên: mục tiêu đếm số lượng nên chỉ xét số nguyên`;
      break;
    }
  }
  return body;
}

/**
 * The Vietnamese name of a figure a target reads (a data element id, or a formula over data
 * elements "#{a} + #{b}"), or undefined when some part has no name: a sentence never shows an id.
 */
function nameOfFigure(
  figure: string,
  dataElementName: ((id: string) => string | undefined) | undefined,
): string | undefined {
  const direct = dataElementName?.(figure);
  if (direct) return direct;
  let unnamed = false;
  const named = figure.replace(/#\{([a-z][a-z0-9_]*)(?:\.[^}]*)?\}(?:\[[^\]]*\])?/g, (_whole, id: string) => {
    const name = dataElementName?.(id);
    if (!name) unnamed = true;
    return name ?? id;
  });
  // Anything still written as an id (a bare reference, an indicator "@{…}") is not a name.
  if (unnamed || named === figure || /[#@]\{|\b[a-z]+_[a-z0-9_]+\b/.test(named)) return undefined;
  return named;
}
