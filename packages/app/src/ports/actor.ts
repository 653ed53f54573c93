import type { Role } from "./access-store.js";

/**
 * Who asks. Every use case that touches stored data takes an Actor and checks its role and unit
 * scope before reading or writing. `scopeUnit` null means the whole country.
 */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly scopeUnit: string | null;
}

/**
 * The person at the terminal of the machine that holds the database (the CLI and the terminal UI
 * on the embedded store): whoever can open the database file can already change anything in it.
 */
export const LOCAL_OPERATOR: Actor = { userId: "local", role: "admin", scopeUnit: null };
