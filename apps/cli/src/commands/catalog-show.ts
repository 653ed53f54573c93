import {
  describeDataWindow,
  describeDeadlineTime,
  describeRecipients,
  type PlanDetails,
} from "@pctm/catalog";
import { describeGoal } from "@pctm/domain";

const KIND_LABELS: Record<string, string> = {
  strategy: "Chiến lược",
  programme: "Chương trình",
  implementation_plan: "Kế hoạch thực hiện",
  review_plan: "Kế hoạch tổng kết / sơ kết",
  directive: "Chỉ thị",
  outline: "Đề cương báo cáo",
};

function formatIso(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${Number(m)}/${y}`;
}

/** A readable summary of a plan: objectives, targets with their quotes, projects, assignments, campaigns. */
export function formatPlan(details: PlanDetails): string {
  const { plan, document: doc } = details;
  const lines: string[] = [];
  lines.push(`${KIND_LABELS[plan.kind] ?? plan.kind}: ${plan.title}`);
  const meta = [
    doc?.reference ? `Số: ${doc.reference}` : undefined,
    doc?.date ? `ngày ${formatIso(doc.date)}` : undefined,
    doc?.issuer ? `Cơ quan ban hành: ${doc.issuer}` : undefined,
    doc?.scopeUnitCode ? `Đơn vị: mã ${doc.scopeUnitCode}` : doc?.scopeNote,
  ].filter((x): x is string => x !== undefined);
  if (meta.length > 0) lines.push(meta.join(" · "));
  if (doc && doc.implements.length > 0) lines.push(`Thực hiện: ${doc.implements.join(", ")}`);
  lines.push(`Mã: ${plan.id} · Giai đoạn: ${plan.span}`);
  if (plan.generalObjective) lines.push("", "MỤC TIÊU CHUNG", plan.generalObjective);
  if (plan.objectives.length > 0) {
    lines.push("", "MỤC TIÊU");
    for (const o of plan.objectives) lines.push(`  ${o.clause}. ${o.title}`);
  }
  if (plan.orientations.length > 0) {
    lines.push("", "ĐỊNH HƯỚNG");
    for (const o of plan.orientations) lines.push(`  ${o.clause}. ${o.title}`);
  }
  for (const [heading, targets] of [
    ["CHỈ TIÊU", details.targets],
    ["CHỈ TIÊU ĐƯỢC ĐỐI CHIẾU KHI TỔNG KẾT", details.reviewedTargets],
  ] as const) {
    if (targets.length === 0) continue;
    lines.push("", `${heading} (${targets.length})`);
    for (const t of targets) {
      const goal = describeGoal(t);
      lines.push(`  [${t.id}] ${t.title}${goal ? ` — ${goal}` : ""}`);
      if (t.source) lines.push(`      “${t.source.quote}” (${t.source.clause ?? ""})`);
      if (t.interpretation) lines.push(`      Cách hiểu: ${t.interpretation}`);
    }
  }
  for (const [title, items] of [
    ["NHIỆM VỤ", plan.tasks],
    ["GIẢI PHÁP", plan.solutions],
    ["NỘI DUNG TỔNG KẾT, SƠ KẾT", plan.reviewContent],
  ] as const) {
    if (items.length === 0) continue;
    lines.push("", title);
    for (const item of items) lines.push(`  ${item.clause}. ${item.title}`);
  }
  if (details.projects.length > 0) {
    lines.push("", `DỰ ÁN, ĐỀ ÁN (${details.projects.length})`);
    for (const p of details.projects) {
      lines.push(`  ${p.kind === "scheme" ? "Đề án" : "Dự án"} “${p.title}” — chủ trì: ${p.lead}`);
      if (p.targetIds.length > 0) lines.push(`      chỉ tiêu: ${p.targetIds.join(", ")}`);
    }
  }
  if (details.assignments.length > 0) {
    lines.push("", `PHÂN CÔNG (${details.assignments.length})`);
    for (const a of details.assignments) {
      const with_ = a.coordinating.length > 0 ? ` (phối hợp: ${a.coordinating.join(", ")})` : "";
      lines.push(`  ${a.clause}. ${a.requested ? "Đề nghị " : ""}${a.lead}${with_}`);
      for (const duty of a.duties) lines.push(`      - ${duty}`);
    }
  }
  if (details.fundingSources.length > 0) {
    lines.push("", "NGUỒN KINH PHÍ");
    for (const f of details.fundingSources) lines.push(`  - ${f.name}`);
  }
  if (details.campaigns.length > 0) {
    lines.push("", "BÁO CÁO");
    for (const c of details.campaigns) {
      lines.push(
        `  [${c.id}] ${c.title} · số liệu ${describeDataWindow(c)}${c.outlineId ? ` · đề cương ${c.outlineId}` : ""}`,
      );
      for (const d of c.deadlines) {
        lines.push(`      ${describeDeadlineTime(d)}: ${d.from} → ${describeRecipients(d)}: ${d.what}`);
      }
      for (const s of c.schedules) {
        const when = s.frequency === "half_year" ? "6 tháng" : "hàng năm";
        const day = s.dueDay
          ? ` trước ngày ${Number(s.dueDay.slice(3))}/${Number(s.dueDay.slice(0, 2))}`
          : "";
        lines.push(`      định kỳ ${when}${day}: ${s.from} → ${describeRecipients(s)}: ${s.what}`);
      }
      for (const conf of c.conferences)
        lines.push(`      hội nghị${conf.when ? ` ${conf.when}` : ""}: ${conf.what}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
