import { type Issue, issue } from "@pctm/domain";
import type { Catalog } from "../catalog/catalog.js";

/** Seed texts by seed number ("000" … "004"), as read from the seeds folder. */
export type SeedTexts = Readonly<Record<string, string>>;

/** Whitespace runs read as one space; text compared in NFC. */
function normalise(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ");
}

/**
 * Every quote of a target whose source document is a seed occurs, word for word (NFC), in that seed.
 * A seed the caller did not supply is reported, never skipped silently.
 */
export function checkQuotes(catalog: Catalog, seeds: SeedTexts): Issue[] {
  const problems: Issue[] = [];
  const normalisedSeeds = new Map(Object.entries(seeds).map(([k, v]) => [k, normalise(v)]));
  catalog.targets.forEach((target, index) => {
    const source = target.source;
    if (!source) return;
    const seed = catalog.documents.find((d) => d.id === source.document)?.seed;
    if (!seed) return;
    const text = normalisedSeeds.get(seed);
    const path = ["targets", index, "source", "quote"];
    if (text === undefined) {
      problems.push(
        issue(
          "CATALOG_SEED_MISSING",
          `không có văn bản seed ${seed} để đối chiếu mục tiêu ${target.id}`,
          path,
        ),
      );
    } else if (source.quote !== source.quote.normalize("NFC")) {
      problems.push(issue("CATALOG_QUOTE_NOT_NFC", `câu trích của ${target.id} chưa chuẩn hóa NFC`, path));
    } else if (!text.includes(normalise(source.quote))) {
      problems.push(
        issue(
          "CATALOG_QUOTE_NOT_IN_SEED",
          `câu trích của ${target.id} không có nguyên văn trong seed ${seed}: “${source.quote}”`,
          path,
        ),
      );
    }
  });
  return problems;
}
