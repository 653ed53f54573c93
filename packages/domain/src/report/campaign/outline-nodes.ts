import { formatGuidance } from "../../outline/format-outline.js";
import { numberOutline } from "../../outline/number-sections.js";
import type { Outline, OutlineSection } from "../../outline/outline-schema.js";
import type { ReportOutlineNode } from "../assemble-report.js";
import type { HeadingStyle } from "../report-model.js";

const STYLE_OF: Record<OutlineSection["style"], HeadingStyle> = {
  "part-ordinal": "part",
  "part-roman": "part",
  roman: "roman",
  arabic: "arabic",
  decimal: "decimal",
  letter: "letter",
};

/** The outline as the report's numbered nodes, and each section by its id (for its bindings). */
export function outlineNodes(outline: Outline): {
  readonly nodes: ReportOutlineNode[];
  readonly sectionById: ReadonlyMap<string, OutlineSection>;
} {
  const numberOf = new Map(numberOutline(outline).map((n) => [n.section.id, n.number]));
  const toNode = (section: OutlineSection): ReportOutlineNode => ({
    id: section.id,
    style: STYLE_OF[section.style],
    numbering: numberOf.get(section.id) ?? "",
    title: section.title,
    guidance: formatGuidance(section.guidance),
    children: section.children.map(toNode),
  });
  const sectionById = new Map<string, OutlineSection>();
  const index = (sections: readonly OutlineSection[]) => {
    for (const s of sections) {
      sectionById.set(s.id, s);
      index(s.children);
    }
  };
  index(outline.sections);
  return { nodes: outline.sections.map(toNode), sectionById };
}
