import { afterAll, expect, it } from "vitest";
import { seedEditorToken } from "./test-support/seed-editor.js";
import { SERVER_BUILT, type ServerProcess, startServerProcess } from "./test-support/server-process.js";
import { describeOnPostgres } from "./test-support/test-databases.js";

const VALUE = "/v1/dataValues/addicts_registered/20044/2024";
const WRITERS = 10;
const ROUNDS = 6;

/**
 * Issue 12: two server processes on one PostgreSQL database, writing through both, lose no update.
 * Each writer reads the figure through one process and writes value + 1 through the other with
 * If-Match: every write lands (counted by the version and the audit) or is refused with 412.
 */
describeOnPostgres("two server processes on one PostgreSQL database", (fresh) => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const server of servers) await server.kill();
  });

  it.skipIf(!SERVER_BUILT)(
    "lose no update: landed writes equal the final version, the rest got 412",
    async () => {
      const db = fresh();
      const token = await seedEditorToken(db);
      servers.push(await startServerProcess(db.serverUrl), await startServerProcess(db.serverUrl));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      expect(a.url).not.toBe(b.url);
      const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const created = await fetch(`${a.url}${VALUE}`, {
        method: "PUT",
        headers: { ...auth, "if-match": '"0"' },
        body: JSON.stringify({ value: 0 }),
      });
      expect(created.status).toBe(200);
      let landed = 1;
      let refused = 0;
      const landedBy = { [a.url]: 0, [b.url]: 0 };
      for (let round = 0; round < ROUNDS; round += 1) {
        const outcomes = await Promise.all(
          Array.from({ length: WRITERS }, async (_, i) => {
            const [reader, writer] = i % 2 === 0 ? [a, b] : [b, a];
            const read = await fetch(`${reader.url}${VALUE}`, { headers: auth });
            const etag = read.headers.get("etag") ?? '"0"';
            const current = Number(((await read.json()) as { value: string }).value);
            const put = await fetch(`${writer.url}${VALUE}`, {
              method: "PUT",
              headers: { ...auth, "if-match": etag },
              body: JSON.stringify({ value: current + 1 }),
            });
            await put.arrayBuffer();
            if (put.status === 200) landedBy[writer.url] = (landedBy[writer.url] ?? 0) + 1;
            return put.status;
          }),
        );
        expect(
          outcomes.every((status) => status === 200 || status === 412),
          outcomes.join(","),
        ).toBe(true);
        landed += outcomes.filter((status) => status === 200).length;
        refused += outcomes.filter((status) => status === 412).length;
      }
      expect(landed + refused).toBe(1 + WRITERS * ROUNDS);
      // Both processes wrote, and both refused stale versions: the contention was real.
      expect(landedBy[a.url]).toBeGreaterThan(0);
      expect(landedBy[b.url]).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
      for (const server of [a, b]) {
        const final = (await (await fetch(`${server.url}${VALUE}`, { headers: auth })).json()) as {
          value: string;
          version: number;
        };
        expect(final.version).toBe(landed);
        // Each landed write added one to what it read: the value counts every landed increment.
        expect(Number(final.value)).toBe(landed - 1);
      }
      const audit = (await (await fetch(`${b.url}${VALUE}/audit?limit=500`, { headers: auth })).json()) as {
        total: number;
      };
      expect(audit.total).toBe(landed);
    },
    180_000,
  );
});
