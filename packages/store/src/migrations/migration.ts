import type { Kysely } from "kysely";
import type { Engine } from "../engine/engine.js";

/**
 * One step of the schema. Versions are consecutive from 1 and never change once released: a new
 * column or table is a new migration. Each runs in its own transaction on both engines.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration works on the schema as it was then, not today's types.
  up(db: Kysely<any>, engine: Engine): Promise<void>;
}
