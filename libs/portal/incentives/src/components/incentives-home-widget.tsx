/** Placeholder replaced by the partner home's live earnings (issue 7). */
export function IncentivesHomeWidget() {
  return null;
}
