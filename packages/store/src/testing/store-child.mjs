// A separate process for the crash and concurrency tests: it opens the store from the built package
// (the tests run after `build`), does one job and reports on stdout as JSON lines.
//   node store-child.mjs import    <url> <schema|-> <count>    one batch of <count> new values
//   node store-child.mjs increment <url> <schema|-> <rounds> <keys>  read-modify-write with versions
//   node store-child.mjs create <url> <schema|-> <count>               create the same new values, each once
import { openStore } from "../../dist/index.js";

const [mode, url, schemaArg, a, b] = process.argv.slice(2);
const schema = schemaArg === "-" ? undefined : schemaArg;
const opened = await openStore({ url, schema });
if (!opened.ok) {
  process.stdout.write(`${JSON.stringify({ error: opened.errors })}\n`);
  process.exit(1);
}
const store = opened.value;
const key = (element, unit) => ({
  dataElement: element,
  period: "2025",
  orgUnit: unit,
  categoryOptionCombo: "",
});

if (mode === "import") {
  const count = Number(a);
  const writes = Array.from({ length: count }, (_, i) => ({ ...key("crash", `u${i}`), value: String(i) }));
  process.stdout.write(`${JSON.stringify({ started: true })}\n`);
  const result = await store.dataValues.writeBatch(writes, {
    by: "crash-child",
    at: new Date().toISOString(),
  });
  process.stdout.write(`${JSON.stringify({ committed: result.ok })}\n`);
} else if (mode === "increment") {
  const rounds = Number(a);
  const keys = Array.from({ length: Number(b) }, (_, i) => key("counter", `u${i}`));
  let landed = 0;
  let conflicts = 0;
  for (let round = 0; round < rounds; round += 1) {
    // Read, add one, write back naming the version read: a lost update would show as a total too small.
    const current = await Promise.all(keys.map((k) => store.dataValues.get(k)));
    const writes = keys.map((k, i) => ({
      ...k,
      value: String(BigInt(current[i]?.value ?? "0") + 1n),
      expectedVersion: current[i]?.version ?? null,
    }));
    const result = await store.dataValues.writeBatch(writes, {
      by: `writer-${process.pid}`,
      at: new Date().toISOString(),
    });
    if (result.ok) landed += 1;
    else conflicts += 1;
  }
  process.stdout.write(`${JSON.stringify({ landed, conflicts })}\n`);
} else if (mode === "create") {
  // Each writer creates the same new values one by one, each "must not exist yet" (expectedVersion
  // null): exactly one writer may land each value; the others must get a conflict.
  const count = Number(a);
  const landed = [];
  for (let i = 0; i < count; i += 1) {
    const result = await store.dataValues.writeBatch(
      [{ ...key("created", `u${i}`), value: String(process.pid), expectedVersion: null }],
      { by: `writer-${process.pid}`, at: new Date().toISOString() },
    );
    if (result.ok) landed.push(i);
  }
  process.stdout.write(`${JSON.stringify({ pid: process.pid, landed })}\n`);
}
await store.close();
