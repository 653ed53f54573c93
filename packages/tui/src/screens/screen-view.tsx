import type { Screen } from "../ui/screen.js";
import { AuditScreen } from "./audit-screen.js";
import { CampaignScreen } from "./campaign-screen.js";
import { CampaignsScreen } from "./campaigns-screen.js";
import { EntryScreen } from "./entry-screen.js";
import { NarrativesScreen } from "./narratives-screen.js";
import { ReportScreen } from "./report-screen.js";
import { TargetsScreen } from "./targets-screen.js";
import { UnitMenuScreen } from "./unit-menu-screen.js";
import { UnitPickerScreen } from "./unit-picker-screen.js";
import { WorkflowScreen } from "./workflow-screen.js";

/** The component of each screen. */
export function ScreenView({ screen }: { readonly screen: Screen }) {
  switch (screen.kind) {
    case "campaigns":
      return <CampaignsScreen />;
    case "campaign":
      return <CampaignScreen campaign={screen.campaign} />;
    case "units":
      return <UnitPickerScreen campaign={screen.campaign} />;
    case "unit":
      return <UnitMenuScreen campaign={screen.campaign} unit={screen.unit} unitName={screen.unitName} />;
    case "entry":
      return <EntryScreen campaign={screen.campaign} unit={screen.unit} period={screen.period} />;
    case "targets":
      return <TargetsScreen campaign={screen.campaign} unit={screen.unit} period={screen.period} />;
    case "narratives":
      return <NarrativesScreen campaign={screen.campaign} unit={screen.unit} />;
    case "workflow":
      return <WorkflowScreen campaign={screen.campaign} unit={screen.unit} unitName={screen.unitName} />;
    case "report":
      return <ReportScreen campaign={screen.campaign} unit={screen.unit} unitName={screen.unitName} />;
    case "audit":
      return <AuditScreen valueKey={screen.key} name={screen.name} />;
  }
}
