import { readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The serif families charts are drawn in, in the order the chart's `font-family` names them. */
const SERIF_FAMILIES = [
  {
    family: "Times New Roman",
    file: /^(times|timesbd|timesi|timesbi|Times New Roman( Bold)?( Italic)?)\.ttf$/i,
  },
  { family: "Liberation Serif", file: /^LiberationSerif-(Regular|Bold|Italic|BoldItalic)\.ttf$/ },
  { family: "DejaVu Serif", file: /^DejaVuSerif(-Bold|-Italic|-BoldItalic)?\.ttf$/ },
] as const;

/** Where operating systems keep fonts (the places resvg itself scans when asked for system fonts). */
function fontDirectories(): string[] {
  const home = homedir();
  return [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    join(home, ".fonts"),
    join(home, ".local/share/fonts"),
    "/Library/Fonts",
    "/System/Library/Fonts",
    join(home, "Library/Fonts"),
    join(process.env.WINDIR ?? "C:\\Windows", "Fonts"),
  ];
}

/** Font files under a directory, by name only (nothing is opened), a few levels deep. */
function listFontFiles(dir: string, depth = 4): { name: string; path: string }[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return depth > 0 ? listFontFiles(path, depth - 1) : [];
    return /\.ttf$/i.test(e.name) ? [{ name: e.name, path }] : [];
  });
}

export interface ChartFontOptions {
  readonly loadSystemFonts: boolean;
  readonly fontFiles?: string[];
  readonly defaultFontFamily: string;
  readonly serifFamily?: string;
}

let cached: ChartFontOptions | undefined;

/**
 * The font options for drawing charts, found once per process: the files of the first serif family
 * present with Vietnamese glyphs (Times New Roman, else Liberation Serif, else DejaVu Serif), so resvg
 * loads four files per chart instead of parsing every font on the system for each one. Where none is
 * found, resvg falls back to the system's fonts.
 */
export function chartFontOptions(): ChartFontOptions {
  if (cached) return cached;
  const files = fontDirectories().flatMap((d) => listFontFiles(d));
  for (const { family, file } of SERIF_FAMILIES) {
    const found = files.filter((f) => file.test(f.name)).map((f) => f.path);
    if (found.length > 0) {
      cached = { loadSystemFonts: false, fontFiles: found, defaultFontFamily: family, serifFamily: family };
      return cached;
    }
  }
  cached = { loadSystemFonts: true, defaultFontFamily: "Liberation Serif" };
  return cached;
}
