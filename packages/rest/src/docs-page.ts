import type { Env, Hono } from "hono";

/** A static file the interactive reference needs (Swagger UI's bundle, its stylesheet). */
export interface DocsAsset {
  readonly body: Uint8Array | string;
  readonly contentType: string;
}

/**
 * Where the reference's files come from. The REST package reads no files: the server that binds it
 * hands over a provider (on Node, one reading swagger-ui-dist in node_modules), so /docs needs no CDN.
 */
export type DocsAssetProvider = (name: DocsAssetName) => Promise<DocsAsset | undefined>;

export const DOCS_ASSET_NAMES = ["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"] as const;
export type DocsAssetName = (typeof DOCS_ASSET_NAMES)[number];

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>PCTM — tài liệu API</title>
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<noscript>Trang này cần JavaScript. Mô tả API ở dạng OpenAPI 3.1: <a href="/openapi.json">/openapi.json</a>.</noscript>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

// A file, not an inline script, so the Content-Security-Policy can stay at script-src 'self'.
const INIT = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#reference",
  deepLinking: true,
  persistAuthorization: false,
  tryItOutEnabled: true,
});
`;

/** GET /docs (the page), /docs/init.js and /docs/assets/{name}. */
export function mountDocs<E extends Env>(app: Hono<E>, assets: DocsAssetProvider | undefined): void {
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/docs/assets/:name", async (c) => {
    const name = c.req.param("name");
    const asset =
      assets && (DOCS_ASSET_NAMES as readonly string[]).includes(name)
        ? await assets(name as DocsAssetName)
        : undefined;
    if (!asset) return c.notFound();
    const body = typeof asset.body === "string" ? asset.body : new Uint8Array(asset.body);
    return c.body(body, 200, {
      "content-type": asset.contentType,
      "cache-control": "public, max-age=86400",
    });
  });
}
