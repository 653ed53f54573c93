// @pctm/server — the REST service on Node: `npm start`, `pctm serve`.
export { runServer } from "./main.js";
export type { ServerConfig } from "./server-config.js";
export { DEFAULT_DATABASE_URL, DEFAULT_HOST, DEFAULT_PORT, readServerConfig } from "./server-config.js";
export type { RunningServer, StartOptions } from "./start-server.js";
export { startServer } from "./start-server.js";
