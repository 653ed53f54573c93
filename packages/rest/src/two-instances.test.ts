import { createAppContext, fixedClock } from "@pctm/app";
import { describeWithPostgres } from "@pctm/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRestApp } from "./create-rest-app.js";
import { createRestFixture, NOW, type RestFixture } from "./test-support/rest-fixture.js";
import { postgresStores } from "./test-support/store-matrix.js";

const VALUE = "/v1/dataValues/addicts_registered/20044/2024";
const WRITERS = 8;
const ROUNDS = 5;

/**
 * Two service instances — two apps, each with its own connection pool, sharing nothing but the
 * PostgreSQL database — take read-then-write updates of one figure through both at once. Every write
 * either lands (and the version counts it) or is refused with 412; none is lost.
 */
const NAME = "two instances on one PostgreSQL database";
describeWithPostgres(NAME, (url) =>
  describe(NAME, () => {
    const stores = postgresStores(url);
    let fx: RestFixture;
    let second: ReturnType<typeof createRestApp>;
    let closeSecond: () => Promise<void>;
    beforeAll(async () => {
      fx = await createRestFixture(stores);
      const store = await stores.same();
      closeSecond = () => store.close();
      second = createRestApp({ ctx: createAppContext({ store, clock: fixedClock(NOW) }) });
    });
    afterAll(async () => {
      await closeSecond?.();
      await fx?.close();
    });

    it("loses no update: landed writes equal the final version, the rest got 412", async () => {
      const auth = { authorization: `Bearer ${fx.tokens.communeEditor}`, "content-type": "application/json" };
      const apps = [fx.app, second];
      const created = await fx.app.request(VALUE, {
        method: "PUT",
        headers: { ...auth, "if-match": '"0"' },
        body: JSON.stringify({ value: 0 }),
      });
      expect(created.status).toBe(200);
      let landed = 1;
      let refused = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const outcomes = await Promise.all(
          Array.from({ length: WRITERS }, async (_, i) => {
            const app = apps[i % 2] ?? fx.app;
            const read = await app.request(VALUE, { headers: auth });
            const etag = read.headers.get("etag") ?? '"0"';
            const current = Number(((await read.json()) as { value: string }).value);
            const put = await app.request(VALUE, {
              method: "PUT",
              headers: { ...auth, "if-match": etag },
              body: JSON.stringify({ value: current + 1 }),
            });
            return put.status;
          }),
        );
        landed += outcomes.filter((s) => s === 200).length;
        refused += outcomes.filter((s) => s === 412).length;
        expect(outcomes.every((s) => s === 200 || s === 412)).toBe(true);
      }
      const final = (await (await second.request(VALUE, { headers: auth })).json()) as {
        value: string;
        version: number;
      };
      expect(landed + refused).toBe(1 + WRITERS * ROUNDS);
      expect(final.version).toBe(landed);
      // Each landed write added one to what it read: the value counts every landed increment.
      expect(Number(final.value)).toBe(landed - 1);
    }, 120_000);
  }),
);
