import type { ReportSection } from "@pctm/domain";

/** The heading text of a section as printed on one line ("I. TÌNH HÌNH …", "Phần thứ nhất"). */
export function headingText(section: ReportSection): string {
  return section.numbering ? `${section.numbering} ${section.title}` : section.title;
}

/** How many sections the tree has, for progress. */
export function countSections(sections: readonly ReportSection[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

/** The number to print before a chart's caption, in document order. */
export function chartNumberer(): () => number {
  let n = 0;
  return () => {
    n += 1;
    return n;
  };
}
