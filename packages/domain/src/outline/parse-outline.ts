import { foldDiacritics, normalizeText } from "../text/vietnamese-text.js";
import {
  collapseSpaces,
  removeFurniture,
  type SourceLine,
  splitBoldHeadings,
  splitSourceLines,
} from "./clean-lines.js";
import { findDamagedSpans } from "./detect-damaged-text.js";
import {
  DEFAULT_PUNCTUATION,
  formatSectionNumber,
  numberChain,
  siblingPositions,
} from "./number-sections.js";
import {
  type GuidanceItem,
  type Outline,
  type OutlineSection,
  type OutlineSource,
  outlineSchema,
} from "./outline-schema.js";
import { describeLines, type LineRange, type OutlineWarning, outlineWarning } from "./outline-warning.js";
import { type RecognisedHeading, recogniseGuidance, recogniseHeading } from "./recognise-line.js";
import { makeSectionId } from "./section-id.js";

export interface ParseOutlineOptions {
  /** The outline's id; by default made from its title. */
  readonly id?: string;
  /** Used when the text has no title before its first heading. */
  readonly title?: string;
  readonly source?: OutlineSource;
}

/** What `parseOutline` returns: the outline and what had to be guessed, or errors (each with a code). */
export type ParseOutlineResult =
  | { readonly ok: true; readonly outline: Outline; readonly warnings: readonly OutlineWarning[] }
  | {
      readonly ok: false;
      readonly errors: readonly OutlineWarning[];
      readonly warnings: readonly OutlineWarning[];
    };

const RANK: Record<GuidanceItem["kind"], number> = { text: 0, "-": 1, "+": 2, ".": 3 };
const DEFAULT_TITLE = "Đề cương báo cáo";

/** Consecutive line numbers as ranges: [3, 4, 5, 9] → 3–5, 9. */
function toRanges(numbers: readonly number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const no of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && last.to + 1 >= no) ranges[ranges.length - 1] = { from: last.from, to: no };
    else ranges.push({ from: no, to: no });
  }
  return ranges;
}

/** Step 1: damaged spans out, furniture out, spaces collapsed, glued headings split. */
function cleanSource(text: string, warnings: OutlineWarning[]): SourceLine[] {
  const raw = splitSourceLines(text);
  const damaged = findDamagedSpans(raw);
  for (const span of damaged) {
    warnings.push(
      outlineWarning(
        "DAMAGED_TEXT",
        `Văn bản ở ${describeLines(span)} bị hỏng mã ký tự (chữ cái bị thay bằng dấu “?”), nên không được nhập vào đề cương. Hãy lấy lại bản gốc của đoạn này nếu cần.`,
        span,
      ),
    );
  }
  const isDamaged = (no: number) => damaged.some((span) => no >= span.from && no <= span.to);
  const furniture: number[] = [];
  const lines: SourceLine[] = [];
  raw.forEach((line, index) => {
    const no = index + 1;
    if (isDamaged(no)) return;
    const { text: cleaned, removed } = removeFurniture(line);
    if (removed) furniture.push(no);
    const pieces = splitBoldHeadings(cleaned);
    if (pieces.length > 1) {
      warnings.push(
        outlineWarning(
          "HEADINGS_SPLIT",
          `Dòng ${no} có ${pieces.length} đề mục dính liền nhau (do dấu ** của định dạng chữ đậm); đã tách thành ${pieces.length} dòng.`,
          { from: no, to: no },
        ),
      );
    }
    if (pieces.length === 0) lines.push({ no, text: "" });
    for (const piece of pieces) lines.push({ no, text: piece });
  });
  for (const range of toRanges(furniture)) {
    warnings.push(
      outlineWarning(
        "PAGE_FURNITURE_REMOVED",
        `Đã bỏ các thành phần trình bày trang (dấu trang ẩn của Word, số trang) ở ${describeLines(range)}.`,
        range,
      ),
    );
  }
  return lines;
}

/** Step 2: where the outline starts ("ĐỀ CƯƠNG" after a plan's text) and ends ("Nơi nhận:"). */
function cropToOutline(lines: readonly SourceLine[], warnings: OutlineWarning[]): SourceLine[] {
  const content = lines.filter((l) => l.text !== "");
  const first = content[0];
  let start = 0;
  // Only the upper-case label starts an outline: "ĐỀ CƯƠNG", "ĐỀ CƯƠNG BÁO CÁO …".
  const marker = lines.findIndex((l) => /^ĐỀ CƯƠNG(?:\s|$)/u.test(l.text));
  if (marker > 0 && first && lines[marker] && first.no < (lines[marker] as SourceLine).no) {
    const markerNo = (lines[marker] as SourceLine).no;
    const skipped = content.filter((l) => l.no < markerNo);
    const last = skipped[skipped.length - 1];
    if (last) {
      warnings.push(
        outlineWarning(
          "PREAMBLE_SKIPPED",
          `Đề cương bắt đầu ở dòng ${markerNo} (“ĐỀ CƯƠNG”); phần văn bản phía trước (dòng ${first.no}–${last.no}) không thuộc đề cương nên được bỏ qua.`,
          { from: first.no, to: last.no },
        ),
      );
    }
    start = marker;
  }
  let end = lines.length;
  const closing = lines.findIndex((l, i) => i > start && /^noi nhan\s*:?$/.test(foldDiacritics(l.text)));
  if (closing > start) {
    const rest = lines.slice(closing).filter((l) => l.text !== "");
    const from = rest[0]?.no ?? 0;
    const to = rest[rest.length - 1]?.no ?? from;
    warnings.push(
      outlineWarning(
        "TRAILING_TEXT_SKIPPED",
        `Phần “Nơi nhận” và chữ ký (dòng ${from}–${to}) không thuộc đề cương nên được bỏ qua.`,
        { from, to },
      ),
    );
    end = closing;
  }
  return lines.slice(start, end);
}

function endsSentence(text: string): boolean {
  return /[.;:!?…]["”’)]*$/u.test(text);
}

function openParentheses(text: string): number {
  return (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
}

/**
 * Step 3: a line broken by a page or a paste ("… giải" / "pháp trọng tâm …") is joined to the line
 * it continues: it starts with a lower-case letter after a line that does not end a sentence, or it
 * closes a parenthesis the previous line opened. Blank lines stay as separators otherwise.
 */
function joinContinuations(lines: readonly SourceLine[], warnings: OutlineWarning[]): SourceLine[] {
  const out: SourceLine[] = [];
  let lastContent = -1;
  for (const line of lines) {
    if (line.text === "") {
      out.push(line);
      continue;
    }
    const previous = lastContent >= 0 ? out[lastContent] : undefined;
    const plain = !recogniseHeading(line.text) && recogniseGuidance(line.text).kind === "text";
    const continues =
      previous !== undefined &&
      plain &&
      ((/^\p{Ll}/u.test(line.text) && !endsSentence(previous.text)) || openParentheses(previous.text) > 0);
    if (previous && continues) {
      out[lastContent] = { no: previous.no, text: `${previous.text} ${line.text}` };
      warnings.push(
        outlineWarning(
          "LINE_JOINED",
          `Dòng ${line.no} được coi là phần tiếp theo của dòng ${previous.no} (câu bị ngắt dòng) và đã được nối lại.`,
          { from: previous.no, to: line.no },
        ),
      );
      continue;
    }
    out.push(line);
    lastContent = out.length - 1;
  }
  return out;
}

interface OpenItem {
  readonly rank: number;
  readonly item: GuidanceItem;
}

/** Adds a guidance line under the last open item of a lower rank: text > "-" > "+" > ".". */
function appendGuidance(list: GuidanceItem[], open: OpenItem[], item: GuidanceItem): void {
  const rank = RANK[item.kind];
  while (open.length > 0 && (open[open.length - 1] as OpenItem).rank >= rank) open.pop();
  const parent = open[open.length - 1]?.item;
  if (parent) parent.items = [...(parent.items ?? []), item];
  else list.push(item);
  open.push({ rank, item });
}

interface OpenSection {
  readonly key: string;
  readonly section: OutlineSection;
  readonly chain: string;
}

function headingKey(heading: RecognisedHeading): string {
  if (heading.style === "part-ordinal" || heading.style === "part-roman") return "part";
  if (heading.style === "decimal") return `decimal-${heading.components.length}`;
  // "ii." under "1." is a level of its own, not a sibling of an upper-case "II.".
  if (heading.lowerCase) return "roman-lower";
  return heading.style;
}

/**
 * The warning for a number that does not match its position. A letter list typed or numbered by
 * Word in the Latin alphabet (… d) e) f) …) is consecutive, not a gap: it is named as such.
 */
function numberingWarning(
  heading: RecognisedHeading,
  no: number,
  position: number,
  printed: string,
): OutlineWarning {
  const lines = { from: no, to: no };
  if (heading.style === "letter" && heading.latinValue !== undefined) {
    const latin = `${"abcdefghijklmnopqrstuvwxyz"[heading.latinValue - 1] ?? ""})`;
    if (heading.latinValue === position) {
      return outlineWarning(
        "NUMBERING_MISMATCH",
        `Mục “${latin}” ở dòng ${no} được đánh theo bảng chữ cái Latinh (a, b, c, d, e, f…); theo thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…) mục này là “${printed}”.`,
        lines,
      );
    }
    if (heading.latinOnly) {
      return outlineWarning(
        "NUMBERING_MISMATCH",
        `Chữ “${latin}” ở dòng ${no} không có trong thứ tự chữ cái tiếng Việt; mục được đánh số lại thành “${printed}”.`,
        lines,
      );
    }
  }
  return outlineWarning(
    heading.style === "decimal" ? "NUMBERING_MISMATCH" : "NUMBERING_GAP",
    `Số thứ tự của mục ở dòng ${no} không khớp với vị trí của nó; số được đánh lại thành “${printed}”.`,
    lines,
  );
}

/** Step 4: the tree. A numbering style first seen is the outer one; seeing it again closes what is inside. */
function buildSections(
  lines: readonly SourceLine[],
  warnings: OutlineWarning[],
): { sections: OutlineSection[]; titleLines: SourceLine[]; preamble: SourceLine[] } {
  const roots: OutlineSection[] = [];
  const stack: OpenSection[] = [];
  const taken = new Set<string>();
  const titleLines: SourceLine[] = [];
  const preamble: SourceLine[] = [];
  let titleOpen = true;
  let items: OpenItem[] = [];
  let awaitingPartTitle: { section: OutlineSection; no: number } | undefined;

  const closePartTitle = () => {
    if (!awaitingPartTitle) return;
    warnings.push(
      outlineWarning(
        "PART_TITLE_MISSING",
        `Phần ở dòng ${awaitingPartTitle.no} không có tên (dòng tiếp theo không phải là tên phần).`,
        { from: awaitingPartTitle.no, to: awaitingPartTitle.no },
      ),
    );
    awaitingPartTitle = undefined;
  };

  for (const line of lines) {
    if (line.text === "") {
      if (roots.length === 0 && titleLines.length > 0) titleOpen = false;
      continue;
    }
    const heading = recogniseHeading(line.text);
    if (!heading) {
      if (awaitingPartTitle) {
        // The id was made from "Phần thứ …"; a part's id comes from its title, like every other.
        const part = awaitingPartTitle.section;
        taken.delete(part.id);
        part.title = line.text;
        part.id = makeSectionId(line.text, taken);
        taken.add(part.id);
        awaitingPartTitle = undefined;
        continue;
      }
      const guidance = recogniseGuidance(line.text);
      if (roots.length === 0) {
        if (titleOpen && guidance.kind === "text" && !/^[([]/u.test(line.text)) titleLines.push(line);
        else {
          titleOpen = false;
          preamble.push(line);
        }
        continue;
      }
      if (guidance.normalisedFrom) {
        warnings.push(
          outlineWarning(
            "BULLET_NORMALISED",
            `Dấu đầu dòng “${guidance.normalisedFrom}” ở dòng ${line.no} được đọc là “-”.`,
            { from: line.no, to: line.no },
          ),
        );
      }
      const owner = stack[stack.length - 1]?.section;
      if (owner) appendGuidance(owner.guidance, items, { kind: guidance.kind, text: guidance.text });
      continue;
    }
    closePartTitle();
    titleOpen = false;
    let key = headingKey(heading);
    const open = stack.findIndex((entry) => entry.key === key);
    if (open >= 0) stack.splice(open);
    const parent = stack[stack.length - 1];
    let style = heading.style;
    if (style === "decimal" && !parent) {
      style = "arabic";
      key = "arabic";
      warnings.push(
        outlineWarning(
          "NUMBERING_MISMATCH",
          `Mục “${heading.components.join(".")}” ở dòng ${line.no} không nằm trong mục nào được đánh số, nên được đánh số như mục cấp “1.”.`,
          { from: line.no, to: line.no },
        ),
      );
    }
    const siblings = parent ? parent.section.children : roots;
    const section: OutlineSection = {
      id: makeSectionId(heading.title || line.text, taken),
      style,
      title: heading.title,
      guidance: [],
      children: [],
    };
    taken.add(section.id);
    const punctuation = style === heading.style ? heading.punctuation : ".";
    if (punctuation !== DEFAULT_PUNCTUATION[style]) section.punctuation = punctuation;
    // A top-level list that starts past 1 (an excerpt from "II.") keeps its source's numbers.
    const firstOfStyle = !siblings.some((s) => s.style === style);
    if (
      !parent &&
      firstOfStyle &&
      style === heading.style &&
      style !== "decimal" &&
      style !== "letter" &&
      !heading.lowerCase &&
      heading.value > 1
    ) {
      section.start = heading.value;
    }
    siblings.push(section);
    const position = siblingPositions(siblings)[siblings.length - 1] ?? 1;
    const context = { style, position, parentChain: parent?.chain };
    const written = style === "decimal" ? heading.components.join(".") : String(heading.value);
    const expected = style === "decimal" ? numberChain(context) : String(position);
    // "f)" is never a Vietnamese letter: even in its Latin place it prints differently.
    if ((written !== expected || heading.latinOnly === true) && heading.style === style) {
      warnings.push(
        numberingWarning(heading, line.no, position, formatSectionNumber(context, section.punctuation)),
      );
    }
    if (heading.lowerCase) {
      warnings.push(
        outlineWarning(
          "ROMAN_LOWER_CASE",
          `Mục ở dòng ${line.no} đánh số La Mã bằng chữ thường (“${formatSectionNumber({ ...context, position: heading.value }, section.punctuation).toLowerCase()}”); đã đọc là đề mục và in bằng chữ hoa (“${formatSectionNumber(context, section.punctuation)}”).`,
          { from: line.no, to: line.no },
        ),
      );
    }
    stack.push({ key, section, chain: numberChain(context) });
    items = [];
    if (heading.title === "") awaitingPartTitle = { section, no: line.no };
  }
  closePartTitle();
  return { sections: roots, titleLines, preamble };
}

function fixUntitledParts(sections: OutlineSection[]): void {
  for (const section of sections) {
    if (section.title === "") section.title = "(chưa có tên)";
    fixUntitledParts(section.children);
  }
}

function preambleItems(lines: readonly SourceLine[]): GuidanceItem[] {
  const list: GuidanceItem[] = [];
  const open: OpenItem[] = [];
  for (const line of lines) {
    const guidance = recogniseGuidance(line.text);
    appendGuidance(list, open, { kind: guidance.kind, text: guidance.text });
  }
  return list;
}

/**
 * Reads an outline from text: recognises the numbering of each line ("Phần thứ nhất", "I.",
 * "III-", "1.", "2.1.", "1.1", "a)"), builds the tree, keeps the "-", "+" and "." guidance lines as
 * items, and reports what it had to guess as warnings with line ranges. Damaged text (letters
 * replaced by "?") is reported as DAMAGED_TEXT and not imported. Text with no numbered heading at
 * all is an error NOT_AN_OUTLINE; empty text is EMPTY_INPUT.
 */
export function parseOutline(input: string, options: ParseOutlineOptions = {}): ParseOutlineResult {
  if (typeof input !== "string" || typeof options !== "object" || options === null) {
    const errors = [
      outlineWarning(
        "ARGUMENT_INVALID",
        "parseOutline: cần (input: văn bản đề cương dạng chuỗi, options?: { id, title, source }), theo thứ tự đó",
        { from: 1, to: 1 },
      ),
    ];
    return { ok: false, errors, warnings: [] };
  }
  // NFC before anything else: decomposed text (NFD, from some editors and Macs) reads the same.
  const text = normalizeText(input);
  const warnings: OutlineWarning[] = [];
  if (text.trim() === "") {
    const errors = [
      outlineWarning("EMPTY_INPUT", "Văn bản trống: không có nội dung để nhập.", { from: 1, to: 1 }),
    ];
    return { ok: false, errors, warnings };
  }
  const cleaned = cleanSource(text, warnings);
  const cropped = cropToOutline(cleaned, warnings);
  const joined = joinContinuations(cropped, warnings);
  const { sections, titleLines, preamble } = buildSections(joined, warnings);
  if (sections.length === 0) {
    const total = splitSourceLines(text).length;
    const errors = [
      outlineWarning(
        "NOT_AN_OUTLINE",
        "Không tìm thấy đề mục đánh số nào (Phần thứ…, I., 1., 1.1., a)…): văn bản này không phải là một đề cương báo cáo.",
        { from: 1, to: total },
      ),
    ];
    return { ok: false, errors, warnings };
  }
  fixUntitledParts(sections);
  let title = collapseSpaces(titleLines.map((l) => l.text).join(" "));
  if (title === "") {
    title = normalizeText(options.title ?? DEFAULT_TITLE);
    const first = joined.find((l) => l.text !== "")?.no ?? 1;
    warnings.push(
      outlineWarning(
        "TITLE_MISSING",
        `Văn bản không có tên đề cương trước mục đầu tiên; dùng tên “${title}”.`,
        {
          from: first,
          to: first,
        },
      ),
    );
  }
  const candidate = {
    id: options.id ?? makeSectionId(title, new Set(), 8),
    title,
    ...(options.source ? { source: options.source } : {}),
    ...(preamble.length > 0 ? { preamble: preambleItems(preamble) } : {}),
    sections,
  };
  const parsed = outlineSchema.safeParse(candidate);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((found) =>
      outlineWarning("INVALID_OUTLINE", `Đề cương đọc được không hợp lệ: ${found.message}`, {
        from: 1,
        to: 1,
      }),
    );
    return { ok: false, errors, warnings };
  }
  warnings.sort((a, b) => a.lines.from - b.lines.from);
  return { ok: true, outline: parsed.data, warnings };
}
