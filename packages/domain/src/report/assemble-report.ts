import { err, ok, type Result } from "../result/result.js";
import { compareVietnamese } from "../text/vietnamese-text.js";
import { checkNarrativeSections } from "./check-narratives.js";
import type { SectionNarrative } from "./narrative.js";
import type { ProgressCallback } from "./progress.js";
import type {
  HeadingStyle,
  ReportBlock,
  ReportHeader,
  ReportModel,
  ReportSection,
  SignatureBlock,
} from "./report-model.js";

/** A section of the outline as the report needs it: numbering already generated from style and position. */
export interface ReportOutlineNode {
  readonly id: string;
  readonly style: HeadingStyle;
  readonly numbering: string;
  readonly title: string;
  /** The outline's guidance under the heading, one line per item. */
  readonly guidance: readonly string[];
  readonly children: readonly ReportOutlineNode[];
}

export interface AssembleReportInput {
  readonly header: ReportHeader;
  readonly opening?: readonly string[];
  readonly outline: readonly ReportOutlineNode[];
  readonly narratives?: readonly SectionNarrative[];
  /** The code of the unit whose report this is: its own narratives carry no "from" label. */
  readonly unitCode?: string;
  /** The printed name of a unit code ("Huyện Phú Vang"), for narratives gathered from units. */
  readonly unitName?: (code: string) => string | undefined;
  /** Generated content (tables, sentences, charts) for a section, by section id. */
  readonly generated?: (sectionId: string) => readonly ReportBlock[];
  /** Blocks placed right after the opening, before the first section (e.g. missing submissions). */
  readonly preface?: readonly ReportBlock[];
  readonly signature: SignatureBlock;
  readonly meta: ReportModel["meta"];
  readonly onProgress?: ProgressCallback;
}

export const PLACEHOLDER_LABEL = "[Nội dung chưa được cung cấp — cần bổ sung theo hướng dẫn của đề cương]";

function countNodes(nodes: readonly ReportOutlineNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

function collectIds(nodes: readonly ReportOutlineNode[], into: string[]): string[] {
  for (const node of nodes) {
    into.push(node.id);
    collectIds(node.children, into);
  }
  return into;
}

/**
 * Puts a report together: the outline's sections in order, under each the narrative the user gave
 * (the reporting unit's own first, then each contributing unit's under its name, in Vietnamese
 * order), or a marked placeholder with the outline's guidance, then the generated content.
 * A narrative for a section the outline does not have is an error listing the valid section ids
 * (UNKNOWN_SECTION): it is never left out of the report with a mere warning.
 */
export function assembleReport(input: AssembleReportInput): Result<ReportModel> {
  const ids = collectIds(input.outline, []);
  const unknown = checkNarrativeSections(input.narratives ?? [], ids);
  if (unknown.length > 0) return err(unknown);
  const bySection = new Map<string, SectionNarrative[]>();
  for (const narrative of input.narratives ?? []) {
    const list = bySection.get(narrative.section) ?? [];
    list.push(narrative);
    bySection.set(narrative.section, list);
  }

  const sourceName = (n: SectionNarrative): string | undefined => {
    if (n.agency) return n.agency;
    if (!n.orgUnit || n.orgUnit === input.unitCode) return undefined;
    return input.unitName?.(n.orgUnit) ?? `Đơn vị ${n.orgUnit}`;
  };

  const total = countNodes(input.outline);
  let done = 0;
  const build = (node: ReportOutlineNode): ReportSection => {
    input.onProgress?.(done, total, `${node.numbering} ${node.title}`.trim());
    const narratives = (bySection.get(node.id) ?? [])
      .map((n) => ({ from: sourceName(n), paragraphs: n.paragraphs }))
      .sort((a, b) =>
        a.from === undefined ? -1 : b.from === undefined ? 1 : compareVietnamese(a.from, b.from),
      );
    const blocks: ReportBlock[] = narratives.map((n) =>
      n.from === undefined
        ? { kind: "narrative", paragraphs: [...n.paragraphs] }
        : { kind: "narrative", from: n.from, paragraphs: [...n.paragraphs] },
    );
    const needsText = node.children.length === 0 || node.guidance.length > 0;
    if (blocks.length === 0 && needsText) {
      blocks.push({ kind: "placeholder", label: PLACEHOLDER_LABEL, guidance: [...node.guidance] });
    }
    blocks.push(...(input.generated?.(node.id) ?? []));
    done += 1;
    return {
      id: node.id,
      style: node.style,
      numbering: node.numbering,
      title: node.title,
      blocks,
      children: node.children.map(build),
    };
  };
  const sections = input.outline.map(build);
  input.onProgress?.(total, total, "Hoàn thành");

  return ok({
    header: input.header,
    opening: [...(input.opening ?? [])],
    preface: [...(input.preface ?? [])],
    sections,
    signature: input.signature,
    meta: input.meta,
  });
}
