import type { ProgressCallback } from "@pctm/domain";

export interface RenderOptions {
  /** Called as the renderer goes through sections and charts. */
  readonly onProgress?: ProgressCallback;
}
