import { z } from "zod";
import { normalizeText } from "./vietnamese-text.js";

/**
 * A string a person typed, normalised to NFC where it enters: "Huế" typed with a combining acute
 * (NFD, as some keyboards and macOS file names give it) becomes the one precomposed letter, so it
 * prints, compares and searches like every other "Huế". Still a ZodString: chain `.min(1)`, `.trim()` …
 * (checks run on the normalised text).
 */
export function nfcString(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return z.string(params).overwrite(normalizeText);
}
