export { compareVietnamese, foldDiacritics, normalizeText, sortVietnamese } from "./vietnamese-text.js";
