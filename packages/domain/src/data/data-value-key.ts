/**
 * The one key for "this data element, at this unit, in this period (and disaggregation)", used by
 * every index of data values, so two indexes can never disagree on what counts as the same figure.
 */
export function dataValueKey(
  dataElement: string,
  orgUnit: string,
  period: string,
  categoryOptionCombo?: string,
): string {
  return `${dataElement}\u0000${orgUnit}\u0000${period}\u0000${categoryOptionCombo ?? ""}`;
}
