export type { Session } from "./describe-session.js";
export { describeSession } from "./describe-session.js";
