import { CATALOG_ISSUE_CODES } from "@pctm/catalog";
import type { Issue } from "@pctm/domain";
import { raise } from "../shared/raise.js";
import { CATALOG_QUERY_ISSUE_CODES } from "./issue-codes.js";

/** The catalogue's own not-found codes, each at the field that named the missing thing. */
export const unknownPlan = (plan: string): Issue =>
  raise(CATALOG_ISSUE_CODES, "CATALOG_UNKNOWN_PLAN", { plan }, ["planId"]);
export const unknownTarget = (target: string): Issue =>
  raise(CATALOG_ISSUE_CODES, "UNKNOWN_TARGET", { target }, ["targetId"]);
export const unknownCampaign = (campaign: string, known: readonly string[]): Issue =>
  raise(CATALOG_ISSUE_CODES, "CAMPAIGN_NOT_FOUND", { campaign, known: known.join(", ") }, ["campaignId"]);
export const unknownOutline = (outline: string, known: readonly string[]): Issue =>
  raise(CATALOG_QUERY_ISSUE_CODES, "OUTLINE_UNKNOWN", { outline, known: known.join(", ") }, ["outlineId"]);
