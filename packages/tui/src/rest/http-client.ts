import { err, type Issue, ok, type Result } from "@pctm/domain";
import { raiseTui } from "../raise-tui.js";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpAnswer {
  readonly status: number;
  readonly etag: string | null;
  readonly body: unknown;
}

/**
 * Calls the REST service with the bearer token. A problem+json answer becomes its issues (the
 * service's own codes and Vietnamese messages); 412 is returned as an answer, so callers can treat a
 * stale version as a conflict; an unreachable service is TUI_API_UNREACHABLE.
 */
export function createHttpClient(baseUrl: string, token: string, fetchImpl: FetchLike) {
  const root = baseUrl.replace(/\/+$/, "");
  return async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Result<HttpAnswer>> {
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return err(raiseTui("TUI_API_UNREACHABLE", { url: root, detail }));
    }
    const type = response.headers.get("content-type") ?? "";
    if (response.ok && !type.includes("json") && !type.startsWith("text/")) {
      // A file (a DOCX report): its bytes.
      return ok({
        status: response.status,
        etag: response.headers.get("etag"),
        body: new Uint8Array(await response.arrayBuffer()),
      });
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === "" ? null : JSON.parse(text);
    } catch {
      // A non-JSON answer stays text.
    }
    if (response.ok || response.status === 412) {
      return ok({ status: response.status, etag: response.headers.get("etag"), body: parsed });
    }
    const errors = (parsed as { errors?: Issue[] } | null)?.errors;
    if (Array.isArray(errors) && errors.length > 0) return err(errors);
    return err(raiseTui("TUI_API_ERROR", { status: response.status, what: `${method} ${path}` }));
  };
}

export type HttpCall = ReturnType<typeof createHttpClient>;

/** The version an ETag carries ("3" → 3). */
export function versionOfEtag(etag: string | null): number | null {
  const match = etag ? /"(\d+)"/.exec(etag) : null;
  return match?.[1] ? Number(match[1]) : null;
}
