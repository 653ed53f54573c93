import { type CatalogDocument, findTarget } from "@pctm/catalog";
import { formatDateShort, targetKindLabel } from "@pctm/domain";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { printProblem, printUsageError } from "../print-issues.js";

/** "424/QĐ-TTg ngày 07/4/2017 — Thủ tướng Chính phủ: Phê duyệt Chương trình …" */
function describeDocument(doc: CatalogDocument): string {
  const reference = doc.reference
    ? `${doc.reference}${doc.date ? ` ngày ${formatDateShort(doc.date)}` : ""} — `
    : "";
  return `${reference}${doc.issuer}: ${doc.title} [${doc.id}]`;
}

/**
 * `pctm catalog target <id>`: from a target to its quote, its document, and every document up the
 * implementation chain — the way a reader checks where a figure's yardstick comes from.
 */
export function runCatalogTrace(id: string | undefined, json: boolean, io: CliIo): number {
  if (!id) return printUsageError(io, "cần mã mục tiêu, ví dụ: pctm catalog target 424ct-3b");
  const trace = findTarget(id);
  if (!trace) {
    return printProblem(io, "UNKNOWN_TARGET", `không có mục tiêu mã "${id}". Xem: pctm catalog targets`);
  }
  if (json) {
    io.out(`${JSON.stringify(trace, null, 2)}\n`);
    return EXIT.ok;
  }
  const shown = trace.part ?? trace.target;
  const source = trace.target.source;
  const lines = [
    `[${shown.id}] ${shown.title}`,
    ...(trace.part ? [`  thuộc mục tiêu [${trace.target.id}] ${trace.target.title}`] : []),
    `  Loại: ${targetKindLabel(shown.kind)}`,
    ...(source ? [`  Trích: “${source.quote}”${source.clause ? ` (mục ${source.clause})` : ""}`] : []),
    ...(shown.interpretation ? [`  Cách hiểu: ${shown.interpretation}`] : []),
    ...(trace.sourceDocument ? [`  Văn bản: ${describeDocument(trace.sourceDocument)}`] : []),
    ...(trace.plan ? [`  Kế hoạch: ${trace.plan.id}`] : []),
  ];
  const up = trace.chain;
  if (up.length > 0) {
    lines.push("  Thực hiện:");
    for (const link of up) lines.push(`  ${"  ".repeat(link.depth)}↑ ${describeDocument(link.document)}`);
  }
  io.out(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
