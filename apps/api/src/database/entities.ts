import { AuditEntry, Job, OutboxEvent } from '@tandem/api-core';
import { Invitation, Partner, PartnerType, Tier, User } from '@tandem/api-directory';
import { Notification, NotificationPreference } from '@tandem/api-notifications';
import {
  AuthThrottle,
  PasswordReset,
  RefreshToken,
  SsoConnection,
  UserIdentity,
} from '@tandem/api-auth';
import { Persona, PersonaComment, PersonaFollow, PersonaVersion } from '@tandem/api-personas';
import { Campaign, CampaignAck, CampaignTarget } from '@tandem/api-campaigns';
import { ContentAsset, ContentDownload, ContentKit, ContentKitItem } from '@tandem/api-content';
import { DefinitionAck, FunnelDefinition, ReasonCode } from '@tandem/api-definitions';
import { LEAD_ENTITIES } from '@tandem/api-leads';
import { DEAL_ENTITIES } from '@tandem/api-deals';
import { ANALYTICS_ENTITIES } from '@tandem/api-analytics';
import { INCENTIVE_ENTITIES } from '@tandem/api-incentives';
import { MDF_ENTITIES } from '@tandem/api-mdf';
import { ApiToken } from '@tandem/api-tokens';
import { WEBHOOK_ENTITIES } from '@tandem/api-webhooks';

/** Every entity of the application; the app and the migration CLI share this list. */
export const ENTITIES = [
  AuditEntry,
  Job,
  OutboxEvent,
  Tier,
  PartnerType,
  Partner,
  User,
  Invitation,
  Notification,
  NotificationPreference,
  RefreshToken,
  PasswordReset,
  AuthThrottle,
  SsoConnection,
  UserIdentity,
  Persona,
  PersonaVersion,
  PersonaComment,
  PersonaFollow,
  Campaign,
  CampaignTarget,
  CampaignAck,
  ContentAsset,
  ContentKit,
  ContentKitItem,
  ContentDownload,
  FunnelDefinition,
  DefinitionAck,
  ReasonCode,
  ...LEAD_ENTITIES,
  ...DEAL_ENTITIES,
  ...ANALYTICS_ENTITIES,
  ...INCENTIVE_ENTITIES,
  ...MDF_ENTITIES,
  ApiToken,
  ...WEBHOOK_ENTITIES,
];
