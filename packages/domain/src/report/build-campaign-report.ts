import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { formatDateShort, formatPlaceDate } from "../date/format-vietnamese-date.js";
import { addDaysIso } from "../date/iso-date.js";
import { prepareFigures } from "../figures/prepare-figures.js";
import type { Indicator } from "../formula/indicator.js";
import { formatGuidance } from "../outline/format-outline.js";
import { numberOutline } from "../outline/number-sections.js";
import type { Outline, OutlineSection } from "../outline/outline-schema.js";
import { parsePeriod, periodId } from "../period/period.js";
import { periodEnd, periodStart } from "../period/period-bounds.js";
import { periodLabel } from "../period/period-label.js";
import { periodsWithin } from "../period/period-navigation.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Assessment } from "../target/assessment.js";
import { evaluateTarget } from "../target/evaluate-target.js";
import type { TargetEvaluation } from "../target/target-evaluation.js";
import type { Target } from "../target/target-schema.js";
import { compareVietnamese, foldDiacritics } from "../text/vietnamese-text.js";
import type { Edition } from "../unit/edition.js";
import { children, descendantsAtLevel, unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName } from "../unit/unit.js";
import { kindWord } from "../unit/unit-kind.js";
import { assembleReport, type ReportOutlineNode } from "./assemble-report.js";
import { checkDataUnits } from "./check-data-units.js";
import { checkNarrativeUnits } from "./check-narratives.js";
import { checkReportDate } from "./check-report-date.js";
import { citeDated, type DatedReference } from "./cite-dated.js";
import { describeFigure } from "./describe-figure.js";
import { buildFigureTable, type FigureGap } from "./figure-table.js";
import type { SectionNarrative } from "./narrative.js";
import { placeName } from "./place-name.js";
import type { ProgressCallback } from "./progress.js";
import { describeIssuer, type IssuerKind } from "./report-issuer.js";
import type { HeadingStyle, ReportBlock, ReportModel, TargetRow } from "./report-model.js";
import { buildSignature, type SignatureInput } from "./signature.js";
import { buildTargetChart } from "./target-chart.js";
import { targetRows } from "./target-rows.js";

export interface CampaignReportInput {
  /** The campaign's id and title ("Tổng kết thực hiện Chương trình …"): the summary line. */
  readonly campaign: { readonly id: string; readonly title: string; readonly dataWindow: string };
  readonly outline: Outline;
  /** The unit list the report's units come from (the one in force over the data window). */
  readonly edition: Edition;
  readonly unitCode: string;
  readonly dataElements: readonly DataElement[];
  readonly indicators: readonly Indicator[];
  readonly targets: readonly Target[];
  readonly dataValues: readonly DataValue[];
  readonly narratives?: readonly SectionNarrative[];
  readonly assessments?: readonly Assessment[];
  /** The report's date (ISO): the header's date and "today" for what is not yet due. */
  readonly asOf: string;
  /**
   * Who issues the report: `kind` (default the People's Committee) decides the header, the number,
   * the opening sentence and the signature (a Party committee's report follows Hướng dẫn 36-HD/VPTW);
   * the other fields override single lines.
   */
  readonly issuer?: {
    readonly kind?: IssuerKind;
    readonly parentBody?: readonly string[];
    readonly issuingBody?: readonly string[];
    readonly symbol?: string;
  };
  readonly opening?: readonly string[];
  /** Who receives the report ("Bộ Công an (Cục C04)"); the archive line is added after them. */
  readonly recipients?: readonly string[];
  /** A whole signature block, replacing the one the issuer kind gives. */
  readonly signature?: SignatureInput;
  /** The signer's name under the signature; absent: the place is marked "[Họ và tên]". */
  readonly signerName?: string;
  readonly onProgress?: ProgressCallback;
  /**
   * The documents the catalogue knows, with their dates: a citation of one in the campaign's title
   * ("Kế hoạch số 483/KH-BCA-C04") gets its date, since a number can name two documents.
   */
  readonly references?: readonly DatedReference[];
}

const STYLE_OF: Record<OutlineSection["style"], HeadingStyle> = {
  "part-ordinal": "part",
  "part-roman": "part",
  roman: "roman",
  arabic: "arabic",
  decimal: "decimal",
  letter: "letter",
};

/**
 * The columns of figure tables: the whole years inside the data window, then the half-year it ends
 * with, then the days after them up to the window's end (01/01–15/6/2024); a window holding no whole
 * half-year is one column.
 */
function windowPeriods(window: string): string[] {
  const parsed = parsePeriod(window);
  if (!parsed.ok) return [];
  const years = periodsWithin(parsed.value, "year");
  const halves = periodsWithin(parsed.value, "half_year").filter(
    (h) => !years.some((y) => y.type === "year" && h.type === "half_year" && y.year === h.year),
  );
  const whole = [...years, ...halves];
  const all = whole.map(periodId);
  const last = whole.at(-1);
  const end = periodEnd(parsed.value);
  if (last && periodEnd(last) < end) all.push(`${addDaysIso(periodEnd(last), 1)}/${end}`);
  return all.length > 0 ? all : [periodId(parsed.value)];
}

/** The years a target is judged for: every year the data window touches. */
function judgedYears(window: string): string[] {
  const parsed = parsePeriod(window);
  if (!parsed.ok) return [];
  const first = Number(periodId(parsed.value).slice(0, 4));
  const last = Number(periodEnd(parsed.value).slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(String(y));
  return out;
}

function label(period: string): string {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.value) : period;
}

/** A column header: the period's label, a date range as "01/01/2024 - 15/6/2024" so it fits a narrow column. */
function columnLabel(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  if (parsed.value.type === "range") {
    return `${formatDateShort(parsed.value.start)} - ${formatDateShort(parsed.value.end)}`;
  }
  return capitalise(periodLabel(parsed.value));
}

/**
 * A stock's column header: the date its figures are taken at ("Tại thời điểm 30/5/2025"), the
 * period's end, or its start for an opening count.
 */
function stockColumnLabel(period: string, at: "start" | "end" | undefined): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  return `Tại thời điểm ${formatDateShort(at === "start" ? periodStart(parsed.value) : periodEnd(parsed.value))}`;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

const LOWEST_KINDS = ["commune", "ward", "township", "special_zone"] as const;

/** What the lowest units under a unit are called, in the usual order: "xã, phường, thị trấn", "xã, phường". */
function lowestNoun(edition: Edition, code: string): string {
  const kinds = new Set(descendantsAtLevel(edition, code, 3).map((u) => u.kind));
  const words = LOWEST_KINDS.filter((k) => kinds.has(k)).map((k) => kindWord(k).toLocaleLowerCase("vi"));
  return words.length > 0 ? words.join(", ") : "đơn vị";
}

/**
 * The report of a unit for a campaign, as data: the outline's sections numbered, each with the
 * unit's (and its units') narratives or a marked placeholder, its bound targets judged for every
 * year of the data window (table, one sentence each, a chart of actual against expected), its
 * bound figures by child unit with totals and who did not report, and one sentence per figure;
 * the units that sent nothing are listed first. Pure: data, outline and "today" come in.
 */
export function buildCampaignReport(input: CampaignReportInput): Result<ReportModel> {
  const unit = unitByCode(input.edition, input.unitCode);
  if (!unit) {
    return err(
      issue("UNIT_NOT_FOUND", `không có đơn vị mã ${input.unitCode} trong danh mục "${input.edition.name}"`, [
        "unitCode",
      ]),
    );
  }
  const childUnits = children(input.edition, input.unitCode);
  // Rows are checked whole, so every message names the row of the file it came from.
  const units = checkDataUnits(input.edition, input.unitCode, input.dataValues);
  const prepared = prepareFigures({
    dataElements: input.dataElements,
    indicators: input.indicators,
    dataValues: input.dataValues,
    edition: input.edition,
    unitCode: input.unitCode,
  });
  // Nothing from another province enters a report: a narrative of a unit outside it is an error.
  const outsiders = checkNarrativeUnits(input.narratives ?? [], input);
  // A report dated before its window starts is refused, before it ends warned about.
  const dated = checkReportDate(input.asOf, input.campaign.dataWindow);
  if (!units.ok || !prepared.ok || outsiders.length > 0 || !dated.ok) {
    return err([
      ...(dated.ok ? [] : dated.errors),
      ...(units.ok ? [] : units.errors),
      ...(prepared.ok ? [] : prepared.errors),
      ...outsiders,
    ]);
  }
  const dataValues = units.value;
  const { raw, figures, source, unitScope } = prepared.value;
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const targets = new Map(input.targets.map((t) => [t.id, t]));
  const evaluate = (target: Target, period: string): TargetEvaluation =>
    evaluateTarget(target, {
      orgUnit: input.unitCode,
      period,
      asOf: input.asOf,
      source,
      unitScope,
      ...(input.assessments ? { assessments: input.assessments } : {}),
      dataElementName: (id) => elements.get(id)?.name,
    });

  const columns = windowPeriods(input.campaign.dataWindow);
  const years = judgedYears(input.campaign.dataWindow);
  const scope = fullUnitName(unit).toLocaleLowerCase("vi").startsWith("tỉnh")
    ? "toàn tỉnh"
    : `toàn ${fullUnitName(unit)}`;
  const totalLabel = capitalise(scope);

  // Who is missing from a rolled-up figure, as a footnote prints it.
  const nameOf = (code: string) => {
    const u = unitByCode(input.edition, code);
    return u ? fullUnitName(u) : code;
  };
  const nouns = new Map<string, string>();
  const nounOf = (code: string) => {
    const known = nouns.get(code);
    if (known !== undefined) return known;
    const noun = lowestNoun(input.edition, code);
    nouns.set(code, noun);
    return noun;
  };
  // Districts with no communes (Huyện Lý Sơn) report for themselves: counted apart from the communes.
  const selfReporting =
    unit.level === 1 && descendantsAtLevel(input.edition, input.unitCode, 3).length > 0
      ? childUnits.filter((d) => descendantsAtLevel(input.edition, d.code, 3).length === 0)
      : [];
  const reportersOf = (expected: number): { noun: string; breakdown?: string } => {
    const noun = nounOf(input.unitCode);
    if (selfReporting.length === 0) return { noun };
    const kinds = [...new Set(selfReporting.map((d) => kindWord(d.kind).toLocaleLowerCase("vi")))].join(", ");
    return {
      noun: "đơn vị báo cáo",
      breakdown: `${expected - selfReporting.length} ${noun} và ${selfReporting.length} ${kinds} không có đơn vị cấp xã`,
    };
  };
  const childOf = new Map<string, string>();
  for (const child of childUnits) {
    for (const level of [2, 3] as const) {
      for (const u of descendantsAtLevel(input.edition, child.code, level)) childOf.set(u.code, child.code);
    }
  }
  const gapOf = (elementId: string, code: string | undefined, period: string): FigureGap | undefined => {
    const at = code ?? input.unitCode;
    // A unit that gave its own figure is not a roll-up of the units under it.
    if (code !== undefined && raw.lookup(elementId, code, period) !== undefined) return undefined;
    const coverage = figures.coverage(elementId, at, period);
    if (!coverage || coverage.reported >= coverage.expected) return undefined;
    let missing = coverage.missing.map(nameOf);
    if (code === undefined) {
      // Under the report's total, by the child unit they belong to: "Huyện Nam Đông 10/10".
      const byChild = new Map<string, number>();
      for (const m of coverage.missing) {
        const child = childOf.get(m) ?? m;
        byChild.set(child, (byChild.get(child) ?? 0) + 1);
      }
      missing = [...byChild].map(([child, count]) => {
        const all = figures.coverage(elementId, child, period)?.expected;
        return all === undefined || child === coverage.missing.find((m) => m === child)
          ? nameOf(child)
          : `${nameOf(child)} ${count}/${all}`;
      });
    }
    return {
      reported: coverage.reported,
      expected: coverage.expected,
      missing,
      ...(code === undefined ? reportersOf(coverage.expected) : { noun: nounOf(at) }),
    };
  };
  const figureBlocks = (elementId: string): ReportBlock[] => {
    const element = elements.get(elementId);
    if (!element) return [];
    const stock = element.aggregation === "last";
    const totals = columns.map((p) => figures.value(element.id, input.unitCode, p));
    // Held at the unit's own level (a province's rehabilitation capacity): no unit under it has the
    // figure in the window, so there is no table by unit and nobody "missing" — one sentence.
    const ownFigure =
      childUnits.length > 0 &&
      columns.some((p) => raw.lookup(element.id, input.unitCode, p) !== undefined) &&
      columns.every((p) => childUnits.every((u) => figures.value(element.id, u.code, p) === undefined));
    const table = buildFigureTable({
      dataElement: element.id,
      name: element.name,
      valueType: element.valueType,
      ...(element.unitLabel ? { unitLabel: element.unitLabel } : {}),
      columns: columns.map((p) => (stock ? stockColumnLabel(p, element.stockAt) : columnLabel(p))),
      units: childUnits.map((u) => ({ code: u.code, name: fullUnitName(u) })),
      value: (code, c) => figures.value(element.id, code, columns[c] ?? ""),
      total: (c) => figures.value(element.id, input.unitCode, columns[c] ?? ""),
      totalLabel,
      gap: (code, c) => gapOf(element.id, code, columns[c] ?? ""),
    });
    // The sentence speaks of the latest period with a figure: its coverage is the one to state.
    const latest = columns.filter((_, i) => totals[i] !== undefined).at(-1) ?? columns.at(-1) ?? "";
    const coverage = figures.coverage(element.id, input.unitCode, latest);
    const sentence = describeFigure({
      name: element.name,
      valueType: element.valueType,
      ...(element.unitLabel ? { unitLabel: element.unitLabel } : {}),
      scope,
      periods: columns.map(label),
      periodIds: columns,
      stock,
      ...(element.stockAt ? { stockAt: element.stockAt } : {}),
      ...(ownFigure ? { ownFigure } : {}),
      valueAt: (period) => figures.value(element.id, input.unitCode, period),
      totals,
      reported: coverage?.reported ?? 0,
      expected: coverage?.expected ?? 0,
      coverageAt: (period) => figures.coverage(element.id, input.unitCode, period),
    });
    return ownFigure ? [sentence] : [sentence, table];
  };

  const targetBlocks = (ids: readonly string[]): ReportBlock[] => {
    const rows: TargetRow[] = [];
    const sentences: ReportBlock[] = [];
    const charts: ReportBlock[] = [];
    for (const id of ids) {
      const target = targets.get(id);
      if (!target) continue;
      const evaluations = years.map((y) => ({ period: y, evaluation: evaluate(target, y) }));
      for (const { period, evaluation } of evaluations) {
        rows.push(...targetRows(target, evaluation, capitalise(label(period))));
        sentences.push({ kind: "paragraph", text: `${capitalise(label(period))} — ${evaluation.sentence}` });
      }
      const simple =
        target.kind === "all_of" ? target.parts.map((p, i) => ({ t: p, i })) : [{ t: target, i: -1 }];
      for (const { t, i } of simple) {
        if (t.kind === "qualitative" || t.kind === "zero_occurrences") continue;
        const points = evaluations.map(({ period, evaluation }) => {
          const e = i < 0 ? evaluation : evaluation.parts?.[i];
          const expected = e?.expected;
          return {
            label: period,
            actual: e?.actual,
            expected:
              expected?.type === "value"
                ? expected.value
                : expected?.type === "range"
                  ? expected.min
                  : undefined,
            expectedMax: expected?.type === "range" ? expected.max : undefined,
          };
        });
        if (points.filter((p) => p.actual !== undefined).length < 2) continue;
        const unitOf = "unit" in t ? t.unit : "percent";
        charts.push(
          buildTargetChart({
            id: `chart-${t.id}`,
            title: t.title,
            valueType: unitOf === "percent" ? "percent" : unitOf === "area_ha" ? "area_ha" : "count",
            points,
          }),
        );
      }
    }
    if (rows.length === 0) return [];
    return [
      { kind: "target_table", caption: "Kết quả thực hiện các mục tiêu", rows },
      ...sentences,
      ...charts,
    ];
  };

  const numbered = numberOutline(input.outline);
  const numberOf = new Map(numbered.map((n) => [n.section.id, n.number]));
  const toNode = (section: OutlineSection): ReportOutlineNode => ({
    id: section.id,
    style: STYLE_OF[section.style],
    numbering: numberOf.get(section.id) ?? "",
    title: section.title,
    guidance: formatGuidance(section.guidance),
    children: section.children.map(toNode),
  });
  const bySection = new Map<string, OutlineSection>();
  const index = (sections: readonly OutlineSection[]) => {
    for (const s of sections) {
      bySection.set(s.id, s);
      index(s.children);
    }
  };
  index(input.outline.sections);

  const submitted = new Set(
    dataValues
      .map((v) => v.orgUnit)
      .concat((input.narratives ?? []).flatMap((n) => (n.orgUnit ? [n.orgUnit] : []))),
  );
  const silent = new Set(figures.silentUnits);
  const silentChildren = childUnits.filter((child) => {
    if (submitted.has(child.code)) return false;
    const under = [...silent].filter((code) => unitByCode(input.edition, code)?.parentCode === child.code);
    const all = children(input.edition, child.code);
    return all.length === 0 ? true : under.length === all.length;
  });
  const preface: ReportBlock[] =
    silentChildren.length === 0
      ? []
      : [
          {
            kind: "missing_submissions",
            text: `Đơn vị chưa gửi báo cáo, số liệu (${silentChildren.length}/${childUnits.length}):`,
            units: silentChildren.map(fullUnitName).sort(compareVietnamese),
          },
        ];

  const issuer = describeIssuer(input.issuer?.kind ?? "people_committee", unit);
  const title = citeDated(input.campaign.title, input.references ?? []);
  const lowerTitle = `${title.charAt(0).toLocaleLowerCase("vi")}${title.slice(1)}`;
  // The issuing body does not send the report to itself ("Công an tỉnh" in Công an tỉnh Quảng Bình's report).
  const self = foldDiacritics(issuer.subject).toLowerCase();
  const recipients = (input.recipients ?? ["Bộ Công an (Cục C04)"]).filter((r) => {
    const name = foldDiacritics(r.trim()).toLowerCase();
    return name !== self && !self.startsWith(`${name} `);
  });
  const symbol = input.issuer?.symbol;
  const reference = symbol
    ? issuer.style === "party"
      ? `Số        -${symbol}`
      : `Số:        /${symbol}`
    : issuer.reference;
  const place = placeName(unit);
  const model = assembleReport({
    header: {
      ...(issuer.style === "party" ? { style: "party" as const } : {}),
      parentBody: [...(input.issuer?.parentBody ?? issuer.parentBody)],
      issuingBody: [...(input.issuer?.issuingBody ?? issuer.issuingBody)],
      reference,
      nationalTitle: issuer.nationalTitle,
      ...(issuer.motto ? { motto: issuer.motto } : {}),
      placeDate: formatPlaceDate(place, input.asOf),
      documentType: "BÁO CÁO",
      summary: title,
    },
    opening: input.opening ?? [
      `${issuer.subject} báo cáo kết quả ${lowerTitle}, với số liệu ${label(input.campaign.dataWindow)}, như sau:`,
    ],
    outline: input.outline.sections.map(toNode),
    ...(input.narratives ? { narratives: input.narratives } : {}),
    unitCode: input.unitCode,
    unitName: (code) => {
      const u = unitByCode(input.edition, code);
      return u && fullUnitName(u);
    },
    generated: (id) => {
      const bindings = bySection.get(id)?.bindings;
      if (!bindings) return [];
      return [...bindings.dataElements.flatMap(figureBlocks), ...targetBlocks(bindings.targets)];
    },
    preface,
    signature: buildSignature(
      input.signature ?? {
        recipients,
        archive: issuer.archive,
        authority: issuer.authority,
        style: issuer.style,
        ...(input.signerName ? { signerName: input.signerName } : {}),
      },
    ),
    meta: {
      title: `Báo cáo ${lowerTitle}`,
      unitCode: input.unitCode,
      campaignId: input.campaign.id,
      dataWindow: label(input.campaign.dataWindow),
    },
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  return model.ok ? ok(model.value, [...dated.warnings, ...units.warnings, ...model.warnings]) : model;
}
