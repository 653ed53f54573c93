import type { Edition } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { AppContext } from "../context.js";

/**
 * The unit lists the use cases look units up in: the packaged editions, oldest first. Organisation
 * patches are added by the unit-list registry (units/unit-lists.ts).
 */
export async function editionsOf(_ctx: AppContext): Promise<readonly Edition[]> {
  return packagedEditions();
}
