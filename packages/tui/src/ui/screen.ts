import type { CampaignSummary, ValueKey } from "../backend.js";

/** Where the user is: each screen with what it was opened for. */
export type Screen =
  | { readonly kind: "campaigns" }
  | { readonly kind: "campaign"; readonly campaign: CampaignSummary }
  | { readonly kind: "units"; readonly campaign: CampaignSummary }
  | {
      readonly kind: "unit";
      readonly campaign: CampaignSummary;
      readonly unit: string;
      readonly unitName: string;
    }
  | {
      readonly kind: "entry";
      readonly campaign: CampaignSummary;
      readonly unit: string;
      readonly period: string;
    }
  | {
      readonly kind: "targets";
      readonly campaign: CampaignSummary;
      readonly unit: string;
      readonly period: string;
    }
  | { readonly kind: "narratives"; readonly campaign: CampaignSummary; readonly unit: string }
  | {
      readonly kind: "workflow";
      readonly campaign: CampaignSummary;
      readonly unit: string;
      readonly unitName: string;
    }
  | {
      readonly kind: "report";
      readonly campaign: CampaignSummary;
      readonly unit: string;
      readonly unitName: string;
    }
  | { readonly kind: "audit"; readonly key: ValueKey; readonly name: string };

export type ScreenKind = Screen["kind"];

/** The title bar's name of each screen. */
export const SCREEN_TITLES: Readonly<Record<ScreenKind, string>> = {
  campaigns: "Đợt báo cáo",
  campaign: "Tình hình đợt báo cáo",
  units: "Chọn đơn vị",
  unit: "Đơn vị",
  entry: "Nhập số liệu",
  targets: "Mục tiêu",
  narratives: "Thuyết minh",
  workflow: "Nộp và duyệt",
  report: "Lập báo cáo",
  audit: "Lịch sử giá trị",
};
