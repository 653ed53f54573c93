import { readFileSync } from "node:fs";
import { builtinCatalog, getBuiltinOutline } from "@pctm/catalog";
import { buildCampaignReport, dataValueSetSchema, editionInForce, parseNarratives } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import { bench, describe } from "vitest";
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
