/** Market development funds: budgets, partner requests, claims with proof. */
export enum MdfActivityType {
  EVENT = 'EVENT',
  WEBINAR = 'WEBINAR',
  DIGITAL_ADVERTISING = 'DIGITAL_ADVERTISING',
  EMAIL_CAMPAIGN = 'EMAIL_CAMPAIGN',
  CONTENT = 'CONTENT',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}

export const MDF_ACTIVITY_LABELS: Record<MdfActivityType, string> = {
  [MdfActivityType.EVENT]: 'Event or trade show',
  [MdfActivityType.WEBINAR]: 'Webinar',
  [MdfActivityType.DIGITAL_ADVERTISING]: 'Digital advertising',
  [MdfActivityType.EMAIL_CAMPAIGN]: 'Email campaign',
  [MdfActivityType.CONTENT]: 'Content production',
  [MdfActivityType.TRAINING]: 'Sales training',
  [MdfActivityType.OTHER]: 'Other',
};

export enum MdfRequestStatus {
  SUBMITTED = 'SUBMITTED',
  /** Sent back for changes; the partner edits and resubmits. */
  RETURNED = 'RETURNED',
  /** Approved: the amount is reserved from the partner's allocation. */
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Its claim was approved: the reservation became a claim, any rest went back to the budget. */
  CLOSED = 'CLOSED',
}

export const MDF_REQUEST_STATUS_LABELS: Record<MdfRequestStatus, string> = {
  [MdfRequestStatus.SUBMITTED]: 'Waiting for approval',
  [MdfRequestStatus.RETURNED]: 'Returned for changes',
  [MdfRequestStatus.APPROVED]: 'Approved',
  [MdfRequestStatus.REJECTED]: 'Rejected',
  [MdfRequestStatus.CLOSED]: 'Claimed',
};

export enum MdfClaimStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

export const MDF_CLAIM_STATUS_LABELS: Record<MdfClaimStatus, string> = {
  [MdfClaimStatus.SUBMITTED]: 'Waiting for review',
  [MdfClaimStatus.RETURNED]: 'Returned for changes',
  [MdfClaimStatus.APPROVED]: 'Approved',
  [MdfClaimStatus.REJECTED]: 'Rejected',
  [MdfClaimStatus.PAID]: 'Paid',
};

export enum MdfDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
}
