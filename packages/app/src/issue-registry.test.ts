import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ISSUE_KINDS } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { ISSUE_REGISTRY, kindOfIssue } from "./issue-registry.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** UPPER_SNAKE string literals ("DATE_INVALID", 'X_Y') and codes written into text by hand ("Lỗi [X_Y]"). */
const QUOTED_CODE = /["'`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["'`]/g;
const BRACKETED_CODE = /(?:Lỗi|Cảnh báo) \[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\]/g;

/** UPPER_SNAKE literals in the source that are not issue codes. */
const NOT_ISSUE_CODES = new Set<string>([
  "DATABASE_URL", // an environment variable
  "SQLITE_BUSY", // SQLite's own error code, answered by the store
  "NOT_FOUND", // a suffix the terminal UI tests codes with (code.endsWith("NOT_FOUND"))
]);

/**
 * Codes on their way out: each names the registered code that replaces it. A use still in the source
 * passes until its owner renames it; the entry goes when the last use does.
 */
const RETIRING: Readonly<Record<string, string>> = {
  OUTPUT_UNWRITABLE: "FILE_UNWRITABLE",
  OPTION_REQUIRED: "MISSING_OPTION",
  PERIOD_REQUIRED: "MISSING_OPTION",
};

/** A package's or app's folder, with its name and workspace dependencies from package.json. */
interface Workspace {
  readonly name: string;
  readonly dir: string;
  readonly dependsOn: readonly string[];
}

function workspaces(): Workspace[] {
  const found: Workspace[] = [];
  for (const group of ["packages", "apps"]) {
    for (const folder of readdirSync(join(ROOT, group))) {
      const dir = join(ROOT, group, folder);
      try {
        const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
          name: string;
          dependencies?: Record<string, string>;
        };
        const dependsOn = Object.keys(manifest.dependencies ?? {}).filter((n) => n.startsWith("@pctm/"));
        found.push({ name: manifest.name, dir, dependsOn });
      } catch {
        // not a workspace
      }
    }
  }
  return found;
}

/** The .ts/.tsx files under a workspace's src, without tests, benches and test helpers. */
function sourceFiles(workspace: Workspace): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (
        /\.tsx?$/.test(name) &&
        !/\.(test|bench)\.tsx?$|test-(support|util|helper)|\.d\.ts$/.test(name)
      )
        files.push(path);
    }
  };
  try {
    walk(join(workspace.dir, "src"));
  } catch {
    // a workspace without src (data only)
  }
  return files;
}

/** Every code a workspace's source uses, with the first file that uses it. */
function codesUsed(workspace: Workspace): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(workspace)) {
    const text = readFileSync(file, "utf8");
    for (const pattern of [QUOTED_CODE, BRACKETED_CODE]) {
      for (const match of text.matchAll(pattern)) {
        const code = match[1] as string;
        if (!NOT_ISSUE_CODES.has(code) && !found.has(code)) found.set(code, relative(ROOT, file));
      }
    }
  }
  return found;
}

/** The codes a workspace's own issue-codes.ts tables declare ("CODE: {" keys), read as text. */
function codesDeclared(workspace: Workspace): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(workspace).filter((f) => f.endsWith("issue-codes.ts"))) {
    for (const match of readFileSync(file, "utf8").matchAll(/^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+):\s*\{/gm))
      found.set(match[1] as string, relative(ROOT, file));
  }
  return found;
}

/** The workspaces this package can import — their tables belong in ISSUE_REGISTRY itself. */
function visibleFromApp(all: readonly Workspace[]): Workspace[] {
  const app = all.find((w) => w.name === "@pctm/app") as Workspace;
  const manifest = JSON.parse(readFileSync(join(app.dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const names = new Set(["@pctm/app", ...Object.keys(manifest.dependencies ?? {})]);
  return all.filter((w) => names.has(w.name));
}

describe("the issue registry", () => {
  it("declares every code the source of any package or app uses", () => {
    // A code is declared in the registry, or in an issue-codes.ts table of the workspace using it or
    // of one it depends on (an adapter above the application layer merges its own table with
    // ISSUE_REGISTRY).
    const missing: string[] = [];
    let count = 0;
    const all = workspaces();
    const byName = new Map(all.map((w) => [w.name, w]));
    const visible = (workspace: Workspace, seen = new Set<string>()): Workspace[] => {
      if (seen.has(workspace.name)) return [];
      seen.add(workspace.name);
      const below = workspace.dependsOn.flatMap((n) => {
        const dep = byName.get(n);
        return dep ? visible(dep, seen) : [];
      });
      return [workspace, ...below];
    };
    for (const workspace of all) {
      const own = new Map(visible(workspace).flatMap((w) => [...codesDeclared(w)]));
      for (const [code, file] of codesUsed(workspace)) {
        count += 1;
        if (!(code in ISSUE_REGISTRY) && !own.has(code)) missing.push(`${code} (${file})`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(missing, "declare these codes in an issue-codes.ts table of their area").toEqual([]);
  });

  it("merges every table of the packages the application layer builds on", () => {
    const unmerged: string[] = [];
    for (const workspace of visibleFromApp(workspaces())) {
      for (const [code, file] of codesDeclared(workspace)) {
        if (!(code in ISSUE_REGISTRY)) unmerged.push(`${code} (${file})`);
      }
    }
    expect(unmerged, "add the table to the list in packages/app/src/issue-registry.ts").toEqual([]);
  });

  it("gives every code a kind adapters know and a Vietnamese message", () => {
    for (const [code, spec] of Object.entries(ISSUE_REGISTRY)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(ISSUE_KINDS).toContain(spec.kind);
      expect(spec.message).toBe(spec.message.normalize("NFC"));
      expect(spec.message.trim().length).toBeGreaterThan(0);
    }
  });

  it("keeps retiring codes out, and names a registered replacement for each", () => {
    for (const [old, replacement] of Object.entries(RETIRING)) {
      expect(ISSUE_REGISTRY).not.toHaveProperty(old);
      expect(ISSUE_REGISTRY).toHaveProperty(replacement);
    }
  });

  it("answers a kind for the codes of each area", () => {
    expect(kindOfIssue("DATE_INVALID")).toBe("invalid_input");
    expect(kindOfIssue("CATALOG_UNKNOWN_PLAN")).toBe("not_found");
    expect(kindOfIssue("ACCESS_OUT_OF_SCOPE")).toBe("forbidden");
    expect(kindOfIssue("FILE_UNWRITABLE")).toBe("unavailable");
    expect(kindOfIssue("NEVER_DECLARED_ANYWHERE")).toBe("internal");
  });
});
