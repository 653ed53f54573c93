import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import type { CatalogDocument } from "../model/document.js";

/** A document reached from the start, `depth` links away (1 = directly). */
export interface ChainLink {
  readonly document: CatalogDocument;
  readonly depth: number;
  /** The document it was reached from. */
  readonly via: string;
}

export interface ImplementationChain {
  readonly document: CatalogDocument;
  /** What it implements, and what those implement, nearest first. */
  readonly up: readonly ChainLink[];
  /** What implements it, and what implements those, nearest first. */
  readonly down: readonly ChainLink[];
}

function walk(
  start: string,
  next: (id: string) => readonly string[],
  byId: ReadonlyMap<string, CatalogDocument>,
): ChainLink[] {
  const seen = new Set([start]);
  const out: ChainLink[] = [];
  let frontier = [start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const following: string[] = [];
    for (const from of frontier) {
      for (const id of next(from)) {
        const document = byId.get(id);
        if (seen.has(id) || !document) continue;
        seen.add(id);
        out.push({ document, depth, via: from });
        following.push(id);
      }
    }
    frontier = following;
  }
  return out;
}

/**
 * The implementation chain around a document, walked both ways: up through `implements` (the plan →
 * the programme → …) and down through the documents that implement it. Undefined for an unknown id.
 */
export function implementationChain(
  documentId: string,
  catalog: Catalog = builtinCatalog(),
): ImplementationChain | undefined {
  const byId = new Map(catalog.documents.map((d) => [d.id, d]));
  const document = byId.get(documentId);
  if (!document) return undefined;
  const implementedBy = (id: string) =>
    catalog.documents.filter((d) => d.implements.includes(id)).map((d) => d.id);
  return {
    document,
    up: walk(documentId, (id) => byId.get(id)?.implements ?? [], byId),
    down: walk(documentId, implementedBy, byId),
  };
}
