import type { OutlineSectionInput } from "@pctm/domain";
import { BUILTIN_OUTLINE_INPUTS } from "./outlines/index.js";

/** One outline section's bindings, flattened: what the section asks to be reported. */
export interface OutlineBinding {
  readonly outlineId: string;
  readonly sectionId: string;
  readonly targets: readonly string[];
  readonly indicators: readonly string[];
  readonly dataElements: readonly string[];
  readonly agencies: readonly string[];
}

function flatten(outlineId: string, sections: readonly OutlineSectionInput[]): OutlineBinding[] {
  return sections.flatMap((section) => [
    ...(section.bindings
      ? [
          {
            outlineId,
            sectionId: section.id,
            targets: section.bindings.targets ?? [],
            indicators: section.bindings.indicators ?? [],
            dataElements: section.bindings.dataElements ?? [],
            agencies: section.bindings.agencies ?? [],
          },
        ]
      : []),
    ...flatten(outlineId, section.children ?? []),
  ]);
}

/** The ids of the seed outlines (src/outlines) the campaigns name. */
export const BUILTIN_OUTLINE_IDS: readonly string[] = BUILTIN_OUTLINE_INPUTS.map((o) => o.id);

/** Every binding of the seed outlines, checked against the catalogue by checkCatalog. */
export const BUILTIN_OUTLINE_BINDINGS: readonly OutlineBinding[] = BUILTIN_OUTLINE_INPUTS.flatMap((o) =>
  flatten(o.id, o.sections),
);
