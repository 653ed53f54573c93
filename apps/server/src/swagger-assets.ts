import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DocsAssetName, DocsAssetProvider } from "@pctm/rest";

const CONTENT_TYPES: Readonly<Record<DocsAssetName, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** Swagger UI's files from swagger-ui-dist in node_modules, read once each: /docs needs no CDN. */
export function swaggerUiAssets(): DocsAssetProvider {
  const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const cache = new Map<DocsAssetName, Promise<Uint8Array>>();
  return async (name) => {
    let body = cache.get(name);
    if (!body) {
      body = readFile(join(folder, name));
      cache.set(name, body);
    }
    return { body: await body, contentType: CONTENT_TYPES[name] };
  };
}
