import { LOCAL_OPERATOR, searchUnits } from "@pctm/app";
import { fullUnitName, labelOfKind, type Unit } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { exitCodeOf } from "../exit-codes.js";
import { fileModeContext } from "../file-context.js";
import { UNITS_HELP, UNITS_USAGE as USAGE } from "../help/units.js";
import { printAppIssues } from "../print-app-issues.js";
import { printProblem } from "../print-issues.js";
import { renderTable } from "../table.js";
import { unitsRemapCommand } from "./units-remap.js";

/** The JSON shape of one unit in `pctm units --json`. */
function toJson(unit: Unit) {
  return {
    code: unit.code,
    name: unit.name,
    fullName: fullUnitName(unit),
    kind: unit.kind,
    kindLabel: labelOfKind(unit.kind),
    level: unit.level,
    parentCode: unit.parentCode,
  };
}

/** The units as a table for people, under the edition's name, with their count. */
function formatUnits(editionLabel: string, units: readonly Unit[]): string {
  const table = renderTable(
    ["Mã", "Tên", "Loại", "Cấp", "Mã cấp trên"],
    units.map((u) => [u.code, fullUnitName(u), labelOfKind(u.kind), String(u.level), u.parentCode ?? ""]),
  );
  return `${editionLabel}\n\n${table}\n${units.length} đơn vị\n`;
}

const FIELDS = { edition: "--edition", under: "--under", level: "--level", q: "--search" };

export const unitsCommand: Command = {
  ...UNITS_HELP,
  subcommands: [unitsRemapCommand],
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      {
        edition: { type: "string" },
        under: { type: "string" },
        level: { type: "string" },
        search: { type: "string" },
        json: { type: "boolean" },
        ...PATCH_OPTION,
      },
      USAGE,
    );
    if (typeof parsed === "number") return parsed;
    const edition = stringOption(parsed, "edition");
    if (edition === undefined) {
      return printProblem(io, "MISSING_OPTION", "cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)", {
        option: "--edition",
      });
    }
    const patchFiles = patchOption(parsed.values);
    const patches = await readPatches(io, patchFiles, [edition]);
    if (typeof patches === "number") return patches;
    const found = await searchUnits(
      fileModeContext(),
      LOCAL_OPERATOR,
      {
        edition,
        under: stringOption(parsed, "under"),
        level: stringOption(parsed, "level"),
        q: stringOption(parsed, "search"),
      },
      { patches },
    );
    if (!found.ok) {
      printAppIssues(io, found.errors, FIELDS, patchFiles);
      return exitCodeOf(found.errors);
    }
    // A level the edition lacks (no districts since 01/7/2025) is a warning too: "Cảnh báo [UNIT_LEVEL_ABSENT]: …".
    printAppIssues(io, found.warnings, FIELDS, patchFiles, "Cảnh báo");
    const { units, edition: list } = found.value;
    io.out(
      parsed.values.json ? `${JSON.stringify(units.map(toJson), null, 2)}\n` : formatUnits(list.label, units),
    );
    return EXIT.ok;
  },
};
