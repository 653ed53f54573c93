import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeTarget, resolveStoreTarget } from "./resolve-target.js";

describe("resolveStoreTarget", () => {
  it("chooses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveStoreTarget("postgres://a:b@h:5432/d")).toEqual({
      engine: "postgres",
      url: "postgres://a:b@h:5432/d",
    });
    expect(resolveStoreTarget(" postgresql://h/d ").engine).toBe("postgres");
  });

  it("chooses a SQLite file otherwise, ./data/pctm.sqlite when nothing is given", () => {
    expect(resolveStoreTarget(undefined, "/srv/app")).toEqual({
      engine: "sqlite",
      file: join("/srv/app", "data/pctm.sqlite"),
    });
    expect(resolveStoreTarget("", "/srv/app")).toEqual({
      engine: "sqlite",
      file: join("/srv/app", "data/pctm.sqlite"),
    });
    expect(resolveStoreTarget("sqlite:x.db", "/srv")).toEqual({ engine: "sqlite", file: "/srv/x.db" });
    expect(resolveStoreTarget("file:///tmp/y.db", "/srv")).toEqual({ engine: "sqlite", file: "/tmp/y.db" });
    expect(resolveStoreTarget(":memory:")).toEqual({ engine: "sqlite", file: ":memory:" });
  });

  it("describes a server without its password", () => {
    expect(describeTarget(resolveStoreTarget("postgres://pctm:pw@127.0.0.1:5432/pctm"))).toBe(
      "postgres://pctm:***@127.0.0.1:5432/pctm",
    );
  });
});
