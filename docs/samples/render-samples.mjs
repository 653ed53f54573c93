// Regenerates the sample reports in docs/samples from the synthetic Huế dataset (figures invented):
// the closing-review report (campaign r-000) for Thừa Thiên Huế as DOCX, HTML and Markdown, and a PNG
// of the DOCX's first page (LibreOffice → PDF → pdftoppm). Run after `npm run build`:
//   node docs/samples/render-samples.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const name = "bao-cao-tong-ket-hue-2020";
const cli = join(root, "apps", "cli", "dist", "bin.js");
const example = (file) => join(root, "examples", "hue-2020", file);

for (const format of ["docx", "html", "md"]) {
  execFileSync(
    process.execPath,
    [
      cli,
      "report",
      "--campaign",
      "r-000",
      "--unit",
      "46",
      "--data",
      example("data.json"),
      "--narratives",
      example("narratives.json"),
      "--format",
      format,
      "--out",
      join(here, `${name}.${format}`),
    ],
    { stdio: ["ignore", "inherit", "ignore"] },
  );
}

const work = mkdtempSync(join(tmpdir(), "pctm-samples-"));
try {
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, join(here, `${name}.docx`)],
    { stdio: "ignore" },
  );
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(work, `${name}.pdf`), join(work, name)]);
  renameSync(join(work, `${name}.png`), join(here, `${name}-trang-1.png`));
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(work, `${name}.pdf`)], { encoding: "utf8" }))?.[1];
  console.log(`PDF: ${pages} trang; ảnh trang 1: docs/samples/${name}-trang-1.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
