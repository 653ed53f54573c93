// Regenerates docs/schemas/*.schema.json from the zod schemas (through `pctm schema --out`), then
// lets biome lay the files out as the repository's formatter does. Never edit those files by hand.
// Run after `npm run build`: node apps/cli/scripts/write-schemas.mjs
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../dist/index.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = join("docs", "schemas");
for (const name of readdirSync(join(root, dir), { withFileTypes: true })) {
  if (name.isFile() && name.name.endsWith(".schema.json")) rmSync(join(root, dir, name.name));
}
const io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTty: false,
  cwd: root,
};
const code = await main(["schema", "--out", dir], io);
if (code !== 0) process.exit(code);
const biome = spawnSync("npx", ["biome", "format", "--write", dir], { cwd: root, stdio: "inherit" });
process.exit(biome.status ?? 1);
