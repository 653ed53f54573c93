import { foldDiacritics } from "@pctm/domain";
import type { UnitNode } from "../backend.js";

/** A row of the unit picker: the node and whether it has children. */
export interface TreeRow {
  readonly node: UnitNode;
  readonly hasChildren: boolean;
}

/** The rows shown for the tree: a node is shown when every ancestor is expanded (nodes are depth first). */
export function visibleRows(nodes: readonly UnitNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  let hiddenBelow = Number.POSITIVE_INFINITY;
  nodes.forEach((node, i) => {
    if (node.depth > hiddenBelow) return;
    hiddenBelow = Number.POSITIVE_INFINITY;
    const next = nodes[i + 1];
    const hasChildren = next !== undefined && next.depth > node.depth;
    rows.push({ node, hasChildren });
    if (hasChildren && !expanded.has(node.code)) hiddenBelow = node.depth;
  });
  return rows;
}

/**
 * Units whose name contains the query, compared without diacritics or case ("phu vang" finds "Phú
 * Vang", "thot not" finds "Thốt Nốt"), or whose code starts with it; names before codes.
 */
export function searchRows(nodes: readonly UnitNode[], query: string): TreeRow[] {
  const folded = foldDiacritics(query).trim();
  if (folded === "") return [];
  const byName = nodes.filter((n) => foldDiacritics(n.name).includes(folded));
  const byCode = nodes.filter((n) => n.code.startsWith(query.trim()) && !byName.includes(n));
  return [...byName, ...byCode].map((node) => ({ node, hasChildren: false }));
}
