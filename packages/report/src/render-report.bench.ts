import { readFileSync } from "node:fs";
import { builtinCatalog, getBuiltinOutline } from "@pctm/catalog";
import {
  buildCampaignReport,
  type ChartBlock,
  dataValueSetSchema,
  editionInForce,
  parseNarratives,
  type ReportSection,
} from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import { Resvg } from "@resvg/resvg-js";
import { bench, describe } from "vitest";
import { renderChartPng } from "./chart/render-chart-png.js";
import { CHART_WIDTH, renderChartSvg } from "./chart/render-chart-svg.js";
import { renderDocx } from "./docx/render-docx.js";
import { renderHtml } from "./html/render-html.js";
import { renderMarkdown } from "./markdown/render-markdown.js";

// The consolidated closing-review report of Thừa Thiên Huế (campaign r-000, examples/hue-2020: 141
// communes, 2015 – 6/2020, invented figures), rendered in each format, against references measured in
// the same run: JSON.stringify of the same model (the floor of any serialisation), and building the
// model itself (consolidation and verdicts), so the ratios say what rendering costs on top.
const example = (name: string) => new URL(`../../../examples/hue-2020/${name}`, import.meta.url);
const catalog = builtinCatalog();
const campaign = catalog.campaigns.find((c) => c.id === "r-000");
const outline = campaign?.outlineId ? getBuiltinOutline(campaign.outlineId) : undefined;
const edition = editionInForce(packagedEditions(), "2020-06-30");
const data = dataValueSetSchema.parse(JSON.parse(readFileSync(example("data.json"), "utf8")));
const narratives = parseNarratives(JSON.parse(readFileSync(example("narratives.json"), "utf8")));
if (!campaign || !outline || !edition.ok || !narratives.ok)
  throw new Error("r-000 or the Huế example is missing");

const build = () =>
  buildCampaignReport({
    campaign,
    outline,
    edition: edition.value,
    unitCode: "46",
    dataElements: catalog.dataElements,
    indicators: catalog.indicators,
    targets: catalog.targets,
    dataValues: data.dataValues,
    narratives: narratives.value.narratives,
    asOf: "2020-07-10",
    recipients: ["Bộ Công an"],
  });
const built = build();
if (!built.ok) throw new Error("the Huế report did not build");
const model = built.value;

const charts = (() => {
  const found: ChartBlock[] = [];
  const walk = (sections: readonly ReportSection[]) => {
    for (const s of sections) {
      for (const b of s.blocks) if (b.kind === "chart") found.push(b);
      walk(s.children);
    }
  };
  walk(model.sections);
  return found;
})();

describe(`consolidated Huế report (r-000, ${data.dataValues.length} data values)`, () => {
  bench("reference: JSON.stringify of the model", () => {
    JSON.stringify(model);
  });
  bench("renderMarkdown", () => {
    renderMarkdown(model);
  });
  bench("renderHtml (inline SVG charts)", () => {
    renderHtml(model);
  });
  bench("renderDocx (PNG charts, zipped)", async () => {
    await renderDocx(model);
  });
  bench("reference: buildCampaignReport (roll-up, verdicts)", () => {
    build();
  });
});

// The DOCX's charts alone: drawn with the serif font found once (renderChartPng) against resvg
// loading every system font for each chart, as it did before.
describe(`the Huế report's ${charts.length} charts as PNG`, () => {
  bench("renderChartPng (serif font files found once)", () => {
    for (const chart of charts) renderChartPng(chart);
  });
  bench("reference: resvg loading the system fonts for each chart", () => {
    for (const chart of charts) {
      new Resvg(renderChartSvg(chart), {
        fitTo: { mode: "width", value: CHART_WIDTH * 2 },
        font: { loadSystemFonts: true, defaultFontFamily: "Liberation Serif" },
        background: "#ffffff",
      })
        .render()
        .asPng();
    }
  });
});
