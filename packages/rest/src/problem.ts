import { z } from "@hono/zod-openapi";
import type { Issue, IssueKind } from "@pctm/domain";
import { leadingKind, statusOfKind } from "./http-status.js";

/** A short Vietnamese title per kind, the `title` of RFC 9457. */
const TITLES: Readonly<Record<IssueKind, string>> = {
  invalid_input: "Dữ liệu gửi lên không hợp lệ",
  unauthenticated: "Chưa xác thực",
  forbidden: "Không có quyền",
  not_found: "Không tìm thấy",
  conflict: "Xung đột với dữ liệu đã lưu",
  precondition_failed: "Điều kiện tiên quyết không thỏa",
  check_failed: "Kiểm tra không đạt",
  internal: "Lỗi nội bộ",
  unavailable: "Dịch vụ tạm thời không sẵn sàng",
};

export const problemIssueSchema = z
  .strictObject({
    code: z.string().openapi({ example: "INVALID_TYPE" }),
    path: z.array(z.union([z.string(), z.number()])).openapi({ example: ["dataValues", 0, "value"] }),
    message: z.string(),
  })
  .openapi("ProblemIssue");

/** application/problem+json (RFC 9457) with the issues that caused it. */
export const problemSchema = z
  .strictObject({
    type: z.string().openapi({ example: "urn:pctm:issue:ACCESS_OUT_OF_SCOPE" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(problemIssueSchema),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** The problem document for a list of issues; its status is the leading issue's kind's. */
export function problemOf(issues: readonly Issue[], kindOf: (code: string) => IssueKind): Problem {
  const kind = leadingKind(issues.map((found) => kindOf(found.code)));
  const lead = issues.find((found) => kindOf(found.code) === kind) ?? issues[0];
  const code = lead?.code ?? "REST_INTERNAL";
  return {
    type: `urn:pctm:issue:${code}`,
    title: TITLES[kind],
    status: statusOfKind(kind),
    detail: issues.map((found) => found.message).join("; ") || TITLES[kind],
    code,
    errors: issues.map((found) => ({ code: found.code, path: [...found.path], message: found.message })),
  };
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_MEDIA_TYPE, ...headers },
  });
}
