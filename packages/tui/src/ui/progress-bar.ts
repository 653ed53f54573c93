/** "[██████░░░░░░] 50%" in `width` cells for the bar; works without colour. */
export function progressBar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(f * width);
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${Math.round(f * 100)}%`;
}
