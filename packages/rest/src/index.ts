// @pctm/rest — the PCTM REST service as a Hono app factory over the application layer. No Node API
// in here: it runs wherever Hono runs, and tests call app.request().

export type { BodyLimits } from "./body-limits.js";
export { DEFAULT_BODY_LIMITS } from "./body-limits.js";
export type { RequestLogEntry, RestAppOptions } from "./create-rest-app.js";
export { createRestApp } from "./create-rest-app.js";
export type { DocsAsset, DocsAssetName, DocsAssetProvider } from "./docs-page.js";
export { DOCS_ASSET_NAMES } from "./docs-page.js";
export { HTTP_STATUS_BY_KIND, statusOfKind } from "./http-status.js";
export { REST_ISSUE_CODES } from "./issue-codes.js";
export type { Problem } from "./problem.js";
export { PROBLEM_MEDIA_TYPE } from "./problem.js";
