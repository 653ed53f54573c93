export { checkDay } from "./check-day.js";
export type { Page } from "./page.js";
export { pageInputSchema, pageOf } from "./page.js";
export { raise } from "./raise.js";
export {
  STORABLE_TEXT_ISSUE_CODES,
  storableText,
  unstorableTextCode,
  unstorableTextMessage,
} from "./storable-text.js";
