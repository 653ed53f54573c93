import { compareVietnamese, foldDiacritics } from "../text/vietnamese-text.js";
import type { Edition } from "./edition.js";
import { indexEdition } from "./edition-index.js";
import type { Unit } from "./unit.js";
import { kindWord, UNIT_KINDS, type UnitKind, type UnitLevel } from "./unit-kind.js";

export interface SearchUnitsOptions {
  /** Only units at this level. */
  readonly level?: UnitLevel;
  /** Only this unit and its descendants. */
  readonly under?: string;
  /** At most this many results (default: all). */
  readonly limit?: number;
}

interface SearchEntry {
  readonly unit: Unit;
  readonly folded: string;
  readonly lower: string;
}

const entriesCache = new WeakMap<Edition, readonly SearchEntry[]>();

function entriesOf(edition: Edition): readonly SearchEntry[] {
  const known = entriesCache.get(edition);
  if (known) return known;
  const entries = edition.units.map((unit) => ({
    unit,
    folded: foldDiacritics(unit.name),
    lower: unit.name.normalize("NFC").toLowerCase(),
  }));
  entriesCache.set(edition, entries);
  return entries;
}

/** Kind words folded ("thi tran") → the kinds they name, longest first. */
const FOLDED_KIND_WORDS: readonly { word: string; kinds: readonly UnitKind[] }[] = (() => {
  const map = new Map<string, UnitKind[]>();
  for (const kind of UNIT_KINDS) {
    const word = foldDiacritics(kindWord(kind));
    map.set(word, [...(map.get(word) ?? []), kind]);
  }
  return [...map].map(([word, kinds]) => ({ word, kinds })).sort((a, b) => b.word.length - a.word.length);
})();

/**
 * Short forms of the kind words people type ("tp Huế", "TP. Huế", "t.p Huế", "tx Hương Thủy",
 * "tt Phú Đa", "q.1", "h. Phú Vang", "p. Vỹ Dạ", "x. Phú Thuận"), lowercased, without the final dot.
 * Single letters count only with their dot: a bare "x" or "p" may be the start of a name.
 */
const KIND_ABBREVIATIONS: Readonly<Record<string, { word: string; needsDot: boolean }>> = {
  tp: { word: "thành phố", needsDot: false },
  "t.p": { word: "thành phố", needsDot: false },
  tx: { word: "thị xã", needsDot: false },
  "t.x": { word: "thị xã", needsDot: false },
  tt: { word: "thị trấn", needsDot: false },
  "t.t": { word: "thị trấn", needsDot: false },
  q: { word: "quận", needsDot: true },
  h: { word: "huyện", needsDot: true },
  p: { word: "phường", needsDot: true },
  x: { word: "xã", needsDot: true },
};

/** "tp Huế" → "thành phố huế", "q.1" → "quận 1": the query with a leading short kind word spelt out. */
function expandKindAbbreviation(lowerQuery: string): string {
  const match = /^([a-z]\.[a-z]|[a-z]{1,2})(\.?)(?:\s+|(?<=\.)(?=[^\s.]))(.+)$/.exec(lowerQuery);
  if (!match) return lowerQuery;
  const [, token = "", dot = "", rest = ""] = match;
  const known = KIND_ABBREVIATIONS[token];
  if (!known || (known.needsDot && dot === "")) return lowerQuery;
  return `${known.word} ${rest.trim()}`;
}

/**
 * Units whose name matches the text, with or without diacritics and with or without the kind word
 * or its short form: "Phú Vang", "phu vang", "huyện Phú Vang" and "h. Phú Vang" all find Huyện Phú
 * Vang; "tp hue" finds Thành phố Huế. The text must match at the start of a word of the name ("hue"
 * finds Huế and Thừa Thiên Huế, not Cổ Nhuế). Ranked: exact name first, then names starting with the
 * text, then names with a word starting with it; within a rank, a match with the same diacritics
 * first, then shallower levels, then Vietnamese order.
 */
export function searchUnits(
  edition: Edition,
  text: string,
  options: SearchUnitsOptions = {},
): readonly Unit[] {
  const lowerQuery = expandKindAbbreviation(text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim());
  const query = foldDiacritics(lowerQuery);
  if (query === "") return [];
  const kindHit = FOLDED_KIND_WORDS.find((k) => query.startsWith(`${k.word} `));
  const stripped = kindHit ? query.slice(kindHit.word.length + 1) : undefined;
  const lowerStripped = kindHit
    ? lowerQuery.split(" ").slice(kindHit.word.split(" ").length).join(" ")
    : undefined;
  const within = options.under === undefined ? undefined : scopeOf(edition, options.under);

  const scored: { unit: Unit; rank: number; sameMarks: boolean }[] = [];
  for (const entry of entriesOf(edition)) {
    const { unit } = entry;
    if (options.level !== undefined && unit.level !== options.level) continue;
    if (within && !within.has(unit.code)) continue;
    let rank = rankOf(entry.folded, query);
    let sameMarks = rank < 3 && entry.lower.includes(lowerQuery);
    if (stripped !== undefined && kindHit?.kinds.includes(unit.kind)) {
      const r = rankOf(entry.folded, stripped);
      if (r < rank) {
        rank = r;
        sameMarks = lowerStripped !== undefined && entry.lower.includes(lowerStripped);
      }
    }
    if (rank < 3) scored.push({ unit, rank, sameMarks });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.sameMarks) - Number(a.sameMarks) ||
      a.unit.level - b.unit.level ||
      compareVietnamese(a.unit.name, b.unit.name) ||
      (a.unit.code < b.unit.code ? -1 : 1),
  );
  const found = scored.map((s) => s.unit);
  return options.limit === undefined ? found : found.slice(0, options.limit);
}

/** 0 exact, 1 prefix, 2 a later word starts with the query, 3 no match (inside a word does not count). */
function rankOf(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  return name.includes(` ${query}`) ? 2 : 3;
}

function scopeOf(edition: Edition, code: string): Set<string> {
  const { childrenOf } = indexEdition(edition);
  const out = new Set<string>([code]);
  const walk = (parent: string) => {
    for (const child of childrenOf.get(parent) ?? []) {
      out.add(child.code);
      walk(child.code);
    }
  };
  walk(code);
  return out;
}
