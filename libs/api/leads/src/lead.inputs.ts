import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LeadPriority, LeadSource, LeadStage, REGIONS } from '@tandem/shared-domain';

/** Which list of leads: the caller's inbox, everything they may see, or a vendor queue. */
export enum LeadView {
  /** Offers waiting for the caller (a rep: theirs; a partner admin: the partner's). */
  INBOX = 'INBOX',
  /** Leads the caller works (accepted); for vendor staff, every accepted lead. */
  WORKING = 'WORKING',
  /** Everything the caller may see. */
  ALL = 'ALL',
  /** Vendor pool: vendor leads not yet routed. */
  POOL = 'POOL',
  /** Vendor leads no partner was eligible for. */
  MANUAL = 'MANUAL',
  /** Partner leads waiting for a rep (partner marketers). */
  PARTNER_QUEUE = 'PARTNER_QUEUE',
}
registerEnumType(LeadView, { name: 'LeadView' });

@InputType()
export class LeadFilterInput {
  @Field(() => LeadView, { defaultValue: LeadView.ALL })
  @IsEnum(LeadView)
  view: LeadView = LeadView.ALL;

  @Field(() => [LeadStage], { nullable: true })
  @IsOptional()
  @IsEnum(LeadStage, { each: true })
  stages?: LeadStage[];

  @Field(() => [LeadSource], { nullable: true })
  @IsOptional()
  @IsEnum(LeadSource, { each: true })
  sources?: LeadSource[];

  @Field(() => ID, { nullable: true, description: 'Vendor staff: leads held by this partner.' })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  campaignId?: string;

  @Field({ nullable: true, description: 'Matches contact name, email or company.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search text can be at most 100 characters.' })
  search?: string;
}

@InputType()
export class LeadInput {
  @Field()
  @IsString()
  contactName: string;

  @Field()
  @IsString()
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  company?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  domain?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  country?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Company size is a whole number of employees.' })
  companySize?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a persona from the list.' })
  personaId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a campaign from the list.' })
  campaignId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  consent?: boolean;

  @Field(() => LeadPriority, { nullable: true })
  @IsOptional()
  @IsEnum(LeadPriority)
  priority?: LeadPriority;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  notes?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  campaignResponses?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  contentDownloads?: number;
}

@InputType()
export class CreateLeadInput extends LeadInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Partner marketers: offer the MQL to this rep instead of round-robin.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a sales rep from the list.' })
  offerToUserId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Your system's id for this lead. Sending the same external id again returns the lead made the first time instead of a duplicate.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'The external id must be 1 to 200 characters.' })
  externalId?: string | null;
}

@InputType()
export class UpdateLeadInput extends LeadInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class RejectOfferInput {
  @Field(() => ID)
  @IsUUID('all')
  leadId: string;

  @Field(() => ID, { description: 'A REJECTION reason code.' })
  @IsUUID('all', { message: 'Choose a reason.' })
  reasonCodeId: string;

  @Field()
  @IsString()
  @Length(3, 2000, { message: 'Say in a few words why (3 to 2,000 characters).' })
  comment: string;

  @Field({ description: 'Was the contact reached before rejecting?' })
  @IsBoolean()
  contactReached: boolean;

  @Field({ defaultValue: false, description: 'The lead is spam: it is closed, not routed again.' })
  @IsBoolean()
  spam: boolean;
}

@InputType()
export class MoveLeadStageInput {
  @Field(() => ID)
  @IsUUID('all')
  leadId: string;

  @Field(() => LeadStage)
  @IsEnum(LeadStage)
  stage: LeadStage;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for Disqualified (DISQUALIFICATION) and Lost (LOSS).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a reason.' })
  reasonCodeId?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'A comment can be at most 2,000 characters.' })
  comment: string;
}

@InputType()
export class AssignLeadInput {
  @Field(() => ID)
  @IsUUID('all')
  leadId: string;

  @Field(() => ID, { nullable: true, description: 'Vendor staff: the partner to offer it to.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a partner.' })
  partnerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The rep to offer it to (partner staff; vendor staff optionally).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a sales rep.' })
  userId?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  note: string;
}

@InputType()
export class SlaPolicyInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'Name the policy (up to 100 characters).' })
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a tier.' })
  tierId?: string | null;

  @Field(() => LeadPriority, { nullable: true })
  @IsOptional()
  @IsEnum(LeadPriority)
  priority?: LeadPriority | null;

  @Field(() => Float)
  @IsNumber()
  @Min(0.25, { message: 'Allow at least a quarter of an hour.' })
  @Max(720, { message: 'At most 720 business hours.' })
  acceptHours: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0.25, { message: 'Allow at least a quarter of an hour.' })
  @Max(720, { message: 'At most 720 business hours.' })
  contactHours: number;

  @Field(() => Int, { defaultValue: 75 })
  @IsInt()
  @Min(10, { message: 'Remind between 10% and 95% of the time.' })
  @Max(95, { message: 'Remind between 10% and 95% of the time.' })
  reminderPercent: number;
}

/** A routing weight: 0 (ignored) to 10. */
const Weight = () =>
  applyDecorators(
    Field(() => Float, { defaultValue: 1 }),
    IsNumber(),
    Min(0, { message: 'Weights run from 0 to 10.' }),
    Max(10, { message: 'Weights run from 0 to 10.' }),
  );

@InputType()
export class RoutingRuleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'Name the rule (up to 100 characters).' })
  name: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(250)
  @IsString({ each: true })
  leadCountries: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose personas from the list.' })
  leadPersonaIds: string[];

  @Field(() => LeadPriority, { nullable: true })
  @IsOptional()
  @IsEnum(LeadPriority)
  leadPriority?: LeadPriority | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  sameCountry: boolean;

  @Field(() => [String], { defaultValue: [] })
  @IsIn(REGIONS, { each: true, message: `Regions are ${REGIONS.join(', ')}.` })
  partnerRegions: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose tiers from the list.' })
  partnerTierIds: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  requireSpecialisation: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Capacity is at least one open offer.' })
  maxOpenOffers?: number | null;

  @Weight()
  weightTier: number;

  @Weight()
  weightConversion: number;

  @Weight()
  weightSla: number;

  @Weight()
  weightCapacity: number;
}

@InputType()
export class ImportLeadsInput {
  @Field({ description: 'The CSV text (UTF-8, header row first).' })
  @IsString()
  @MaxLength(5_000_000, { message: 'The file is too large (at most 5 MB).' })
  csv: string;
}
