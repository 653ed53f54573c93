import type { Actor, AppContext } from "@pctm/app";
import type { IssueKind } from "@pctm/domain";

/** What a request carries once the bearer middleware has admitted it. */
export interface RestEnv {
  Variables: {
    actor: Actor;
  };
}

/** What every route is registered with: the application context and how to read issue kinds. */
export interface RouteDeps {
  readonly ctx: AppContext;
  readonly kindOf: (code: string) => IssueKind;
}
