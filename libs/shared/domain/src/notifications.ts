export enum NotificationKind {
  USER_INVITED = 'USER_INVITED',
  PARTNER_STATUS_CHANGED = 'PARTNER_STATUS_CHANGED',
  PARTNER_ASSIGNED = 'PARTNER_ASSIGNED',
  ACCOUNT_CHANGED = 'ACCOUNT_CHANGED',
  PERSONA_UPDATED = 'PERSONA_UPDATED',
  PERSONA_FEEDBACK = 'PERSONA_FEEDBACK',
  CAMPAIGN_LAUNCHED = 'CAMPAIGN_LAUNCHED',
  DEFINITION_PUBLISHED = 'DEFINITION_PUBLISHED',
  LEAD_OFFERED = 'LEAD_OFFERED',
  LEAD_OUTCOME = 'LEAD_OUTCOME',
  LEAD_SLA = 'LEAD_SLA',
  DEAL_SUBMITTED = 'DEAL_SUBMITTED',
  DEAL_DECIDED = 'DEAL_DECIDED',
  DEAL_EXPIRY = 'DEAL_EXPIRY',
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
}

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  OFF = 'OFF',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.USER_INVITED]: 'Someone joined or was invited to your organisation',
  [NotificationKind.PARTNER_STATUS_CHANGED]: 'A partner’s status changed',
  [NotificationKind.PARTNER_ASSIGNED]: 'A partner was assigned to you',
  [NotificationKind.ACCOUNT_CHANGED]: 'Changes to your own account (password, role)',
  [NotificationKind.PERSONA_UPDATED]: 'A persona you follow was published in a new version',
  [NotificationKind.DEFINITION_PUBLISHED]: 'A new funnel definition needs your acknowledgement',
  [NotificationKind.CAMPAIGN_LAUNCHED]: 'A campaign that includes your organisation was launched',
  [NotificationKind.LEAD_OFFERED]: 'A lead was offered or assigned to you',
  [NotificationKind.LEAD_OUTCOME]:
    'What happened to a lead you handed off (accepted, rejected with reason, recalled)',
  [NotificationKind.LEAD_SLA]: 'Lead deadlines: reminders and missed deadlines',
  [NotificationKind.DEAL_SUBMITTED]:
    'Deal registrations and extension requests waiting for your decision (and overdue ones)',
  [NotificationKind.DEAL_DECIDED]: 'Decisions on your deal registrations and extension requests',
  [NotificationKind.DEAL_EXPIRY]: 'Deal protection about to expire, and expiries',
  [NotificationKind.WEBHOOK_DISABLED]: 'A webhook endpoint was disabled after failing deliveries',
  [NotificationKind.PERSONA_FEEDBACK]:
    'Comments and proposed changes on personas (and decisions on yours)',
};

export const DEFAULT_NOTIFICATION_CHANNEL = NotificationChannel.IN_APP;
