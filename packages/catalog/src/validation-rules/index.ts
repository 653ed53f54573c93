export { BUILTIN_VALIDATION_RULES } from "./builtin-validation-rules.js";
