import { type Issue, parseVnd, readDecimalText } from "@pctm/domain";
import { raiseTui } from "../raise-tui.js";

const YES = new Set(["có", "co", "c", "true", "1", "x"]);
const NO = new Set(["không", "khong", "k", "false", "0"]);

/** What a field holds: its type and name, for the rule and the message. */
export interface FieldRule {
  readonly valueType: string;
  readonly name: string;
}

export type FieldCheck =
  | {
      readonly ok: true /** the exact text to store, null for an empty field */;
      readonly value: string | null;
    }
  | { readonly ok: false; readonly issue: Issue };

/**
 * Checks what the user typed, as they type: the number is read the Vietnamese way ("1.234" is a
 * thousand and more, "7,5" seven and a half), and stored as the store keeps numbers ("1234", "7.5").
 */
export function checkField(field: FieldRule, typed: string): FieldCheck {
  const text = typed.normalize("NFC").trim();
  if (text === "") return { ok: true, value: null };
  const fail = (issue: Issue): FieldCheck => ({ ok: false, issue });
  if (field.valueType === "boolean") {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return { ok: true, value: "true" };
    if (NO.has(lower)) return { ok: true, value: "false" };
    return fail(raiseTui("FORM_NOT_BOOLEAN", { name: field.name }));
  }
  if (field.valueType === "money_vnd") {
    const money = parseVnd(text);
    if (!money) return fail(raiseTui("FORM_NOT_MONEY", { text }));
    if (money.isNegative()) return fail(raiseTui("FORM_NEGATIVE", { name: field.name }));
    return { ok: true, value: money.toFixed() };
  }
  const digits = readDecimalText(text);
  if (!digits) return fail(raiseTui("FORM_NOT_A_NUMBER", { text }));
  const integer = digits.integer.replace(/^0+(?=\d)/, "");
  const fraction = digits.fraction.replace(/0+$/, "");
  const isZero = /^0*$/.test(integer) && fraction === "";
  if (digits.negative && !isZero) return fail(raiseTui("FORM_NEGATIVE", { name: field.name }));
  if (field.valueType === "count" && fraction !== "") {
    return fail(raiseTui("FORM_NOT_WHOLE", { name: field.name }));
  }
  if (
    field.valueType === "percent" &&
    (Number(integer) > 100 || (Number(integer) === 100 && fraction !== ""))
  ) {
    return fail(raiseTui("FORM_PERCENT_RANGE", { name: field.name }));
  }
  return { ok: true, value: fraction === "" ? integer : `${integer}.${fraction}` };
}
