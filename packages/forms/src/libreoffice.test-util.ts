import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Is LibreOffice's soffice on the PATH? */
export async function hasSoffice(): Promise<boolean> {
  try {
    await run("soffice", ["--version"], { timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the workbook in LibreOffice Calc and saves it again as .xlsx (headless, with a private
 * profile so parallel runs do not share one): what a user's LibreOffice would write back.
 */
export async function roundTripThroughLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "pctm-forms-lo-"));
  try {
    const input = join(dir, "in", "form.xlsx");
    await run("mkdir", ["-p", join(dir, "in"), join(dir, "out")]);
    await writeFile(input, bytes);
    await run(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "out"),
        input,
      ],
      { timeout: 120_000 },
    );
    return new Uint8Array(await readFile(join(dir, "out", "form.xlsx")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
