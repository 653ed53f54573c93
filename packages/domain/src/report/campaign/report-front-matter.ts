import { formatPlaceDate } from "../../date/format-vietnamese-date.js";
import { foldDiacritics } from "../../text/vietnamese-text.js";
import type { Unit } from "../../unit/unit.js";
import type { AssembleReportInput } from "../assemble-report.js";
import type { CampaignReportInput } from "../build-campaign-report.js";
import { citeDated } from "../cite-dated.js";
import { placeName } from "../place-name.js";
import { describeIssuer } from "../report-issuer.js";
import { buildSignature } from "../signature.js";
import { periodText } from "./report-periods.js";

/** What surrounds a report's sections: its header, opening, signature and the title its metadata names. */
export interface FrontMatter {
  readonly header: AssembleReportInput["header"];
  readonly opening: readonly string[];
  readonly signature: AssembleReportInput["signature"];
  /** The campaign's title, lower-cased first ("tổng kết …"), as "Báo cáo …" continues it. */
  readonly lowerTitle: string;
}

/**
 * The header, opening sentence and signature of a campaign report, by who issues it: the issuer kind
 * decides the header, number, opening and signature (a Party committee's follows Hướng dẫn
 * 36-HD/VPTW); the input's own lines override single parts.
 */
export function reportFrontMatter(input: CampaignReportInput, unit: Unit): FrontMatter {
  const issuer = describeIssuer(input.issuer?.kind ?? "people_committee", unit);
  const title = citeDated(input.campaign.title, input.references ?? []);
  const lowerTitle = `${title.charAt(0).toLocaleLowerCase("vi")}${title.slice(1)}`;
  // The issuing body does not send the report to itself ("Công an tỉnh" in Công an tỉnh Quảng Bình's report).
  const self = foldDiacritics(issuer.subject).toLowerCase();
  const recipients = (input.recipients ?? ["Bộ Công an (Cục C04)"]).filter((r) => {
    const name = foldDiacritics(r.trim()).toLowerCase();
    return name !== self && !self.startsWith(`${name} `);
  });
  const symbol = input.issuer?.symbol;
  const reference = symbol
    ? issuer.style === "party"
      ? `Số        -${symbol}`
      : `Số:        /${symbol}`
    : issuer.reference;
  return {
    header: {
      ...(issuer.style === "party" ? { style: "party" as const } : {}),
      parentBody: [...(input.issuer?.parentBody ?? issuer.parentBody)],
      issuingBody: [...(input.issuer?.issuingBody ?? issuer.issuingBody)],
      reference,
      nationalTitle: issuer.nationalTitle,
      ...(issuer.motto ? { motto: issuer.motto } : {}),
      placeDate: formatPlaceDate(placeName(unit), input.asOf),
      documentType: "BÁO CÁO",
      summary: title,
    },
    opening: input.opening ?? [
      `${issuer.subject} báo cáo kết quả ${lowerTitle}, với số liệu ${periodText(input.campaign.dataWindow)}, như sau:`,
    ],
    signature: buildSignature(
      input.signature ?? {
        recipients,
        archive: issuer.archive,
        authority: issuer.authority,
        style: issuer.style,
        ...(input.signerName ? { signerName: input.signerName } : {}),
      },
    ),
    lowerTitle,
  };
}
