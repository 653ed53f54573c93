import { createHash, randomBytes } from "node:crypto";

/** A new token secret: 256 random bits, base64url, with a prefix that makes a leaked one easy to spot. */
export function newTokenSecret(): string {
  return `pctm_${randomBytes(32).toString("base64url")}`;
}

/** What the store keeps of a secret: its sha-256, hex. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
