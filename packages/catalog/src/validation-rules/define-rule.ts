import type { DataElementInput, RuleImportance, ValidationRuleInput } from "@pctm/domain";
import { DATA_ELEMENTS } from "../data-elements/index.js";

const NAMES = new Map(DATA_ELEMENTS.map((element) => [element.id, element.name]));

function nameOf(id: string): string {
  const name = NAMES.get(id);
  if (name === undefined) throw new Error(`validation rule names an unknown data element: ${id}`);
  return name;
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);

/**
 * "A part is never more than its whole": `#{part} <= #{whole}` for the same unit and period, named
 * and explained from the two elements' Vietnamese names.
 */
export function partOfWhole(
  part: string,
  whole: string,
  importance: RuleImportance = "high",
): ValidationRuleInput {
  return {
    id: `${part}_le_${whole}`,
    name: `${nameOf(part)} không vượt quá ${lower(nameOf(whole))}`,
    importance,
    instruction: `“${nameOf(part)}” là một phần của “${lower(nameOf(whole))}” nên không thể lớn hơn: kiểm tra lại cả hai số của cùng đơn vị, cùng kỳ (có thể nhập nhầm cột hoặc thiếu số tổng).`,
    left: `#{${part}}`,
    operator: "<=",
    right: `#{${whole}}`,
  };
}

/** The element inputs a rule file may reference (for tests). */
export const RULE_ELEMENTS: readonly DataElementInput[] = DATA_ELEMENTS;
