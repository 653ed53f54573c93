import { describe, expect, it, vi } from "vitest";
import { commands } from "./commands/index.js";
import { SCHEMA_NAMES } from "./help/schema.js";
import { runCli } from "./test-io.js";

// Every package a command's code brings in, counted when first imported: `pctm --help` must load none.
const loaded = vi.hoisted(() => new Set<string>());
vi.mock("@pctm/app", async (original) => {
  loaded.add("@pctm/app");
  return original();
});
vi.mock("@pctm/catalog", async (original) => {
  loaded.add("@pctm/catalog");
  return original();
});
vi.mock("@pctm/units-data", async (original) => {
  loaded.add("@pctm/units-data");
  return original();
});
vi.mock("@pctm/domain", async (original) => {
  loaded.add("@pctm/domain");
  return original();
});
vi.mock("@pctm/store", async (original) => {
  loaded.add("@pctm/store");
  return original();
});

describe("help without the commands' code", () => {
  it("pctm --help and every pctm <command> [<subcommand>] --help load no package", async () => {
    expect((await runCli(["--help"])).code).toBe(0);
    for (const entry of commands) {
      const own = await runCli([entry.name, "--help"]);
      expect([own.code, own.out]).toEqual([0, `${entry.usage.trimEnd()}\n`]);
      for (const sub of entry.subcommands ?? []) {
        const r = await runCli([entry.name, sub.name, "--help"]);
        expect([r.code, r.out]).toEqual([0, `${sub.usage.trimEnd()}\n`]);
      }
    }
    expect([...loaded]).toEqual([]);
    // The count works: running a command loads what it needs.
    expect((await runCli(["catalog", "plans", "--json"])).code).toBe(0);
    expect([...loaded]).toEqual(expect.arrayContaining(["@pctm/catalog", "@pctm/domain"]));
  });

  it("the table's texts are the loaded commands' own, subcommands included", async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect([command.name, command.summary, command.usage]).toEqual([
        entry.name,
        entry.summary,
        entry.usage,
      ]);
      for (const sub of entry.subcommands ?? []) {
        const loadedSub = command.subcommands?.find((c) => c.name === sub.name);
        expect([loadedSub?.summary, loadedSub?.usage], `${entry.name} ${sub.name}`).toEqual([
          sub.summary,
          sub.usage,
        ]);
      }
      expect((command.subcommands ?? []).map((c) => c.name)).toEqual(
        (entry.subcommands ?? []).map((c) => c.name),
      );
    }
  });

  it("the schema names in the usage are the registry's", async () => {
    const { FILE_SCHEMAS } = await import("./commands/schema-registry.js");
    expect([...SCHEMA_NAMES]).toEqual(FILE_SCHEMAS.map((s) => s.name));
  });
});
