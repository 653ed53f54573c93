import type { TargetRow } from "@pctm/domain";

/**
 * What the "Mục tiêu" cell of a target row shows: the target's short name (bold), then the words of
 * its document in quotation marks (italics), with "…" where the quote starts mid-sentence; the
 * source after it. A row without a title (an older model) shows the quote alone.
 */
export function targetCell(row: TargetRow): { title: string; quote?: string } {
  const source = row.source ? ` (${row.source})` : "";
  if (!row.title) return { title: `${row.quote}${source}` };
  if (row.quote === row.title) return { title: `${row.title}${source}` };
  const first = row.quote.charAt(0);
  const midSentence = first !== first.toLocaleUpperCase("vi");
  return { title: row.title, quote: `"${midSentence ? "…" : ""}${row.quote}"${source}` };
}
