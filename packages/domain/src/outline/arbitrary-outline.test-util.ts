import fc from "fast-check";
import type {
  GuidanceItem,
  GuidanceKind,
  HeadingPunctuation,
  NumberingStyle,
  OutlineSection,
} from "./outline-schema.js";

/**
 * Random outlines of any depth for property tests. Along any path from the top a numbering style
 * appears once (decimal levels count separately: "1.1" and "1.1.1" differ), as in real outlines;
 * siblings share one style. Titles and guidance start with a capital letter, as headings and
 * paragraphs do, so a line is never mistaken for the continuation of the one before.
 */
const WORDS = [
  "Tình hình",
  "Kết quả",
  "Công tác",
  "Đánh giá",
  "Ưu điểm",
  "Tồn tại",
  "Nguyên nhân",
  "Kiến nghị",
  "Giải pháp",
  "Nhiệm vụ",
  "Số người nghiện",
  "Điểm, tụ điểm",
  "Cai nghiện",
  "Tuyên truyền",
  "Đấu tranh",
  "Phối hợp",
];
const TAIL = [
  "ma túy",
  "phòng, chống",
  "trên địa bàn",
  "năm 2024",
  "cấp xã",
  "số liệu thống kê",
  "theo Kế hoạch",
];

export const arbitraryText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(fc.constantFrom(...WORDS, ...TAIL), { maxLength: 6 }))
  .map(([first, rest]) => [first, ...rest.map((w) => w.toLowerCase())].join(" "));

const KINDS: readonly GuidanceKind[] = ["text", "-", "+", "."];
const RANK: Record<GuidanceKind, number> = { text: 0, "-": 1, "+": 2, ".": 3 };

/** Guidance items; siblings share one kind (a "." after a "+" would nest under it, as in the documents). */
function arbitraryItems(minRank: number, depth: number): fc.Arbitrary<GuidanceItem[]> {
  const kinds = KINDS.filter((k) => RANK[k] >= minRank);
  if (kinds.length === 0 || depth === 0) return fc.constant([]);
  return fc.constantFrom(...kinds).chain((kind) => {
    const item = fc.record({ text: arbitraryText, items: arbitraryItems(RANK[kind] + 1, depth - 1) });
    return fc
      .array(item, { maxLength: 3 })
      .map((items) =>
        items.map(
          (i): GuidanceItem =>
            i.items.length > 0 ? { kind, text: i.text, items: i.items } : { kind, text: i.text },
        ),
      );
  });
}

const PUNCTUATION: Record<NumberingStyle, readonly HeadingPunctuation[]> = {
  "part-ordinal": ["", ":"],
  "part-roman": ["", "."],
  roman: [".", "-"],
  arabic: [".", ")"],
  decimal: [".", ""],
  letter: [")"],
};

/** The style key a section would have at this place: decimal levels are told apart by depth. */
function keyOf(style: NumberingStyle, decimalDepth: number): string {
  if (style === "part-ordinal" || style === "part-roman") return "part";
  return style === "decimal" ? `decimal-${decimalDepth}` : style;
}

function arbitrarySections(
  used: readonly string[],
  parentStyle: NumberingStyle | undefined,
  parentDecimalDepth: number,
  depth: number,
  ids: { next: number },
): fc.Arbitrary<OutlineSection[]> {
  if (depth === 0) return fc.constant([]);
  const decimalDepth = parentStyle === "decimal" ? parentDecimalDepth + 1 : 2;
  const styles = (["part-ordinal", "part-roman", "roman", "arabic", "decimal", "letter"] as const).filter(
    (style) => {
      if ((style === "part-ordinal" || style === "part-roman") && parentStyle !== undefined) return false;
      if (style === "decimal" && parentStyle === undefined) return false;
      return !used.includes(keyOf(style, decimalDepth));
    },
  );
  if (styles.length === 0) return fc.constant([]);
  return fc.constantFrom(...styles).chain((style) => {
    const key = keyOf(style, decimalDepth);
    const section = fc.record({
      punctuation: fc.constantFrom(...PUNCTUATION[style]),
      title: arbitraryText,
      guidance: arbitraryItems(0, 3),
      children: arbitrarySections(
        [...used, key],
        style,
        style === "decimal" ? decimalDepth : 1,
        depth - 1,
        ids,
      ),
    });
    return fc.array(section, { minLength: parentStyle === undefined ? 1 : 0, maxLength: 3 }).map((list) =>
      list.map((s) => {
        ids.next += 1;
        const out: OutlineSection = {
          id: `muc-${ids.next}`,
          style,
          title: s.title,
          guidance: s.guidance,
          children: s.children,
        };
        const defaults: Record<NumberingStyle, HeadingPunctuation> = {
          "part-ordinal": "",
          "part-roman": "",
          roman: ".",
          arabic: ".",
          decimal: ".",
          letter: ")",
        };
        if (s.punctuation !== defaults[style]) out.punctuation = s.punctuation;
        return out;
      }),
    );
  });
}

/** An outline with sections up to `maxDepth` levels deep. */
export function arbitraryOutline(maxDepth = 6) {
  const ids = { next: 0 };
  return fc.record({
    id: fc.constant("de-cuong-thu"),
    title: arbitraryText,
    preamble: arbitraryItems(0, 2),
    sections: arbitrarySections([], undefined, 1, maxDepth, ids),
  });
}
