export type { CliIo, Command } from "./command.js";
export { EXIT } from "./command.js";
export { helpText, main } from "./main.js";
