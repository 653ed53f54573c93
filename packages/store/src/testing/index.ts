// @pctm/store/testing — for other packages' tests only (it imports vitest): the one PostgreSQL gate.
export { describeWithPostgres, POSTGRES_NOT_RUN, POSTGRES_TEST_URL } from "./postgres-gate.js";
