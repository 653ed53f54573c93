// Regenerates the sample reports in docs/samples from the synthetic example datasets (figures invented):
// - the closing-review report (campaign r-000) for Thừa Thiên Huế as DOCX, HTML and Markdown;
// - the Party report of the 5-year review of Directive 36-CT/TW (campaign r-003) for Quảng Ngãi as DOCX;
// - the provincial police's review of addicts, users and hotspots (campaign r-004) for Quảng Bình as DOCX;
// each DOCX with a PNG of its first page (LibreOffice → PDF → pdftoppm). Run after `npm run build`:
//   node docs/samples/render-samples.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const cli = join(root, "apps", "cli", "dist", "bin.js");

const SAMPLES = [
  { name: "bao-cao-tong-ket-hue-2020", campaign: "r-000", unit: "46", example: "hue-2020", formats: ["docx", "html", "md"] },
  { name: "bao-cao-so-ket-ct36-quang-ngai-2024", campaign: "r-003", unit: "51", example: "quang-ngai-2024", formats: ["docx"] },
  { name: "bao-cao-ra-soat-quang-binh-2025", campaign: "r-004", unit: "44", example: "quang-binh-2025", formats: ["docx"] },
];

const work = mkdtempSync(join(tmpdir(), "pctm-samples-"));
try {
  for (const sample of SAMPLES) {
    const example = (file) => join(root, "examples", sample.example, file);
    for (const format of sample.formats) {
      execFileSync(
        process.execPath,
        [
          cli,
          "report",
          "--campaign",
          sample.campaign,
          "--unit",
          sample.unit,
          "--data",
          example("data.json"),
          "--narratives",
          example("narratives.json"),
          "--format",
          format,
          "--out",
          join(here, `${sample.name}.${format}`),
        ],
        { stdio: ["ignore", "inherit", "ignore"] },
      );
    }
    const { name } = sample;
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, join(here, `${name}.docx`)],
      { stdio: "ignore" },
    );
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(work, `${name}.pdf`), join(work, name)]);
    renameSync(join(work, `${name}.png`), join(here, `${name}-trang-1.png`));
    const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(work, `${name}.pdf`)], { encoding: "utf8" }))?.[1];
    console.log(`${name}: PDF ${pages} trang; ảnh trang 1: docs/samples/${name}-trang-1.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
