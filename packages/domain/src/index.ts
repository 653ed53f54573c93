// @pctm/domain — the public surface. Each area's index.ts names what it exports, one by one.
export * from "./data/index.js";
export * from "./date/index.js";
export * from "./figure-cube/index.js";
export * from "./figures/index.js";
export * from "./formula/index.js";
export * from "./measurement/index.js";
export * from "./number/index.js";
export * from "./outline/index.js";
export * from "./period/index.js";
export * from "./reference/index.js";
export * from "./report/index.js";
export * from "./result/index.js";
export * from "./target/index.js";
export * from "./text/index.js";
export * from "./unit/index.js";
export * from "./validation-rule/index.js";
export * from "./verdict/index.js";
