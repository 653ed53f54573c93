import type { Actor, AppContext } from "@pctm/app";

/** What the local back end works with: the application context and who is at the keyboard. */
export interface LocalDeps {
  readonly ctx: AppContext;
  readonly actor: Actor;
  /** The folder rendered reports are written to. */
  readonly reportDir: string;
}
