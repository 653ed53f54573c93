export { nfcString } from "./nfc-string.js";
export { compareVietnamese, foldDiacritics, normalizeText, sortVietnamese } from "./vietnamese-text.js";
