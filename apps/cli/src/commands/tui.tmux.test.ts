import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAppContext, createToken, createUser, LOCAL_OPERATOR, type Store } from "@pctm/app";
import { readServerConfig, startServer } from "@pctm/server";
import { openStore } from "@pctm/store";
import { createLocalBackend } from "@pctm/tui";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The whole operator's flow in a real terminal: the built `pctm tui` runs under tmux on a seeded
 * SQLite file — directly, and through the REST service started on that file (`--api`, with a token);
 * keys go in with send-keys and the screen is read back with capture-pane.
 */
const BIN = fileURLToPath(new URL("../../bin/pctm.js", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../../examples/can-tho-2019/data.json", import.meta.url));
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const COMMUNE = "31177"; // Phường An Thới, Quận Bình Thủy, Cần Thơ

if (!hasTmux) {
  if (process.env.CI === "true") throw new Error("tmux is required in CI for the terminal UI test");
  console.warn("BỎ QUA: không có tmux trên máy này, không chạy được kiểm thử pctm tui trong terminal thật.");
}

const dir = mkdtempSync(join(tmpdir(), "pctm-tui-e2e-"));
let database = "";
let session = "";
const sessions: string[] = [];
afterAll(() => {
  for (const s of sessions) spawnSync("tmux", ["kill-session", "-t", s]);
  rmSync(dir, { recursive: true, force: true });
});

function tmux(...args: string[]): string {
  return execFileSync("tmux", args, { encoding: "utf8" });
}
const screen = () => tmux("capture-pane", "-p", "-t", session);
const keys = (...k: string[]) => tmux("send-keys", "-t", session, ...k);

// Generous waits: CI runs every package's tests at once on two cores, and the first screen waits
// for Node, Ink, the unit lists and the catalogue to load.
async function see(text: string, timeout = 60_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const shown = screen();
    if (shown.replace(/\s+/g, " ").includes(text)) return shown;
    if (Date.now() - started > timeout) throw new Error(`"${text}" not on screen:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends `k` until `text` shows (a key sent before a new screen listens is lost, not queued). */
async function pressUntil(k: string[], text: string, timeout = 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    keys(...k);
    const waitUntil = Date.now() + 3_000;
    while (Date.now() < waitUntil) {
      if (screen().replace(/\s+/g, " ").includes(text)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (Date.now() - started > timeout) throw new Error(`"${text}" not on screen:\n${screen()}`);
  }
}

/** The 2018 figures of the Cần Thơ example, so the database holds a year before the one entered. */
async function seed(): Promise<number> {
  const opened = await openStore({ url: database });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  const store = opened.value;
  try {
    const rows = JSON.parse(readFileSync(EXAMPLE, "utf8")).dataValues as {
      dataElement: string;
      period: string;
      orgUnit: string;
      value: number | string;
    }[];
    const written = await store.dataValues.writeBatch(
      rows
        .filter((r) => r.period === "2018")
        .map((r) => ({ ...r, categoryOptionCombo: "", value: String(r.value) })),
      { by: "seed", at: new Date().toISOString() },
    );
    if (!written.ok) throw new Error("seed conflict");
    // Where the field for new hotspots is on the commune's form.
    const backend = createLocalBackend({
      ctx: createAppContext({ store }),
      actor: LOCAL_OPERATOR,
      reportDir: dir,
    });
    const form = await backend.dataForm("r-002", COMMUNE, "2019");
    if (!form.ok) throw new Error(form.errors[0]?.message);
    return form.value.fields.findIndex((f) => f.dataElement === "hotspots_new");
  } finally {
    await store.close();
  }
}

/** The REST service on the database, with a token of an approver of Cần Thơ for `pctm tui --api`. */
async function serve() {
  const read = readServerConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: database, PCTM_DEMO: "0" });
  if (!read.ok) throw new Error(read.message);
  const started = await startServer(read.config);
  if (!started.ok) throw new Error(started.errors.map((e) => e.message).join("; "));
  const server = started.value;
  const user = await createUser(server.ctx, LOCAL_OPERATOR, {
    name: "can-bo",
    role: "approver",
    scopeUnit: "92",
  });
  if (!user.ok) throw new Error(user.errors[0]?.message);
  const token = await createToken(server.ctx, LOCAL_OPERATOR, { user: "can-bo" });
  if (!token.ok) throw new Error(token.errors[0]?.message);
  return { server, token: token.value.secret };
}

describe.skipIf(!hasTmux)("pctm tui in a real terminal (tmux)", () => {
  it.each(["database", "api"] as const)(
    "pick a campaign → enter a commune's figure → the target's verdict changes → submit (%s)",
    {
      timeout: 600_000,
    },
    async (mode) => {
      database = join(dir, `${mode}.sqlite`);
      session = `pctm-tui-${mode}-${process.pid}`;
      sessions.push(session);
      const field = await seed();
      expect(field).toBeGreaterThan(0);
      const service = mode === "api" ? await serve() : undefined;
      const command = service ? `node ${BIN} tui --api ${service.server.url}` : `node ${BIN} tui`;
      try {
        tmux(
          "new-session",
          "-d",
          "-x",
          "100",
          "-y",
          "30",
          "-s",
          session,
          "-c",
          dir,
          "-e",
          `DATABASE_URL=${database}`,
          "-e",
          `PCTM_TOKEN=${service?.token ?? ""}`,
          "-e",
          "NO_COLOR=1",
          // Ink draws nothing until exit when it believes it runs in CI (CI=true, as .ci/run sets):
          // an operator's terminal is not CI, and this one stands for it.
          "-e",
          "CI=false",
          "-e",
          "LANG=C.UTF-8",
          `${command}; echo "pctm exited $?"; sleep 30`,
        );
        // Pick the campaign of Cần Thơ (the third) and open it.
        await see("r-002", 180_000);
        keys("Down", "Down", "Enter");
        await see("Hạn báo cáo");
        // Find the commune without diacritics.
        keys("/");
        await see("Tìm (/)");
        // The picker takes keys once it has drawn and subscribed: "/" again until its search is on.
        await pressUntil(["/"], "đang gõ");
        keys("-l", "an thoi");
        await see("Phường An Thới (31177)");
        keys("Enter");
        await see("Kỳ số liệu: ‹ 2020 ›");
        keys("[");
        await see("Kỳ số liệu: ‹ 2019 ›");
        // The target before: no figure yet.
        keys("t");
        await see("424ct-2b");
        expect(screen()).toMatch(/424ct-2b\s+Chưa đủ dữ liệu/);
        keys("Escape");
        await see("Kỳ số liệu");
        // Enter one new hotspot for the commune and save.
        keys("d");
        await see("kỳ 2019");
        keys("-N", String(field), "Down");
        await see("› Số điểm, tụ điểm phức tạp về ma túy mới phát sinh");
        keys("1");
        await see("* 1");
        keys("C-s");
        await see("Lưu 1 thay đổi");
        keys("y");
        await see("Đã lưu 1 giá trị.");
        // The target after.
        keys("C-t");
        await see("424ct-2b");
        await see("Không đạt");
        expect(screen()).toMatch(/424ct-2b\s+Không đạt/);
        keys("Escape");
        await see("Đã lưu 1 giá trị.");
        keys("Escape");
        await see("Kỳ số liệu");
        // Submit.
        keys("w");
        await see("Trạng thái: Đang soạn");
        keys("s");
        await see("Nộp báo cáo của Phường An Thới?");
        keys("y");
        await see("Trạng thái: Đã nộp");
        keys("q");
        await see("pctm exited 0");

        if (service) {
          await expectSubmitted(service.server.ctx.store, "can-bo");
          return;
        }
        const opened = await openStore({ url: database });
        if (!opened.ok) throw new Error(opened.errors[0]?.message);
        try {
          await expectSubmitted(opened.value, LOCAL_OPERATOR.userId);
        } finally {
          await opened.value.close();
        }
      } finally {
        await service?.server.close();
      }
    },
  );
});

/** What the walk left in the database: the figure, by whom, and the submission. */
async function expectSubmitted(store: Store, by: string): Promise<void> {
  expect((await store.submissions.get("r-002", COMMUNE))?.state).toBe("submitted");
  const value = await store.dataValues.get({
    dataElement: "hotspots_new",
    orgUnit: COMMUNE,
    period: "2019",
    categoryOptionCombo: "",
  });
  expect(value?.value).toBe("1");
  const user = by === LOCAL_OPERATOR.userId ? undefined : await store.access.findUserByName(by);
  expect(value?.storedBy).toBe(user?.id ?? by);
}
