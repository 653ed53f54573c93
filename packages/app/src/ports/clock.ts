/** "Now" comes from a port, so use cases are testable and the domain stays clock-free. */
export interface Clock {
  /** ISO timestamp, UTC ("2026-12-05T03:36:14.000Z"). */
  now(): string;
  /** Today in Vietnam (UTC+7) as "YYYY-MM-DD": deadlines are Vietnamese days. */
  today(): string;
}
