import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  AccountListKind,
  DEAL_CURRENCIES,
  DealDecisionKind,
  DealStatus,
  DealEngagementRule,
  ExtensionPolicy,
} from '@tandem/shared-domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

export enum DealView {
  /** Everything the caller may see. */
  ALL = 'ALL',
  /** Vendor: submitted registrations waiting for a decision, oldest deadline first. */
  QUEUE = 'QUEUE',
}
registerEnumType(DealView, { name: 'DealView' });

@InputType()
export class DealFilterInput {
  @Field(() => DealView, { defaultValue: DealView.ALL })
  @IsEnum(DealView)
  view: DealView = DealView.ALL;

  @Field(() => [DealStatus], { nullable: true })
  @IsOptional()
  @IsEnum(DealStatus, { each: true })
  statuses?: DealStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field({ nullable: true, description: 'Company, domain or registration number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Only registrations with conflicts.' })
  @IsOptional()
  @IsBoolean()
  conflictsOnly?: boolean;
}

@InputType()
export class DealLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a product from the list.' })
  productId: string;

  @Field(() => Int)
  @IsInt({ message: 'Quantity is a whole number.' })
  @Min(1, { message: 'Quantity is at least 1.' })
  @Max(1_000_000, { message: 'Quantity is at most 1,000,000.' })
  quantity: number;

  @Field({ description: 'Line amount as a decimal string, e.g. "12500.00".' })
  @Matches(MONEY, { message: 'Amount is a number with at most two decimals, e.g. 12500.00.' })
  amount: string;
}

@InputType()
export class DealInput {
  @Field(() => ID, { nullable: true, description: 'A draft to update.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field()
  @IsString()
  @Length(2, 200, { message: 'Company name is 2 to 200 characters.' })
  companyName: string;

  @Field({ description: 'Website or domain, e.g. acme.com.' })
  @IsString()
  @MaxLength(300)
  website: string;

  @Field()
  @IsString()
  country: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  contactName: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(254)
  contactEmail: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  contactRole: string;

  @Field({ defaultValue: 'USD' })
  @IsIn(DEAL_CURRENCIES, { message: `Currency is one of ${DEAL_CURRENCIES.join(', ')}.` })
  currency: string;

  @Field(() => [DealLineInput])
  @ArrayMaxSize(50, { message: 'At most 50 product lines.' })
  @ValidateNested({ each: true })
  @Type(() => DealLineInput)
  lines: DealLineInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2027-03-31.' })
  expectedCloseOn?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a persona from the list.' })
  personaId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose one of your leads.' })
  leadId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2026-11-20.' })
  lastMeetingOn?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Notes can be at most 5,000 characters.' })
  notes: string;
}

@InputType()
export class DecideDealInput {
  @Field(() => ID)
  @IsUUID('all')
  dealId: string;

  @Field(() => DealDecisionKind)
  @IsEnum(DealDecisionKind)
  decision: DealDecisionKind;

  @Field(() => ID, { nullable: true, description: 'A DEAL_REJECTION reason (reject, duplicate).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a reason.' })
  reasonCodeId?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  comment: string;
}

@InputType()
export class CloseDealInput {
  @Field(() => ID)
  @IsUUID('all')
  dealId: string;

  @Field(() => Boolean)
  @IsBoolean()
  won: boolean;

  @Field(() => String, { nullable: true, description: 'Won: the final amount.' })
  @IsOptional()
  @Matches(MONEY, { message: 'Amount is a number with at most two decimals, e.g. 12500.00.' })
  finalAmount?: string;

  @Field(() => String, { nullable: true, description: 'Won: the close date.' })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2026-11-20.' })
  closedOn?: string;

  @Field(() => ID, { nullable: true, description: 'Lost: a LOSS reason.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a reason.' })
  reasonCodeId?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  competitor: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  comment: string;
}

@InputType()
export class ProductInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: 'SKU is 1 to 60 characters.' })
  sku: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'Name is 1 to 200 characters.' })
  name: string;

  @Field()
  @Matches(MONEY, { message: 'List price is a number with at most two decimals.' })
  listPrice: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class AccountListEntryInput {
  @Field(() => AccountListKind)
  @IsEnum(AccountListKind)
  kind: AccountListKind;

  @Field()
  @IsString()
  @Length(2, 200, { message: 'Company name is 2 to 200 characters.' })
  companyName: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300)
  website: string;

  @Field({ defaultValue: '' })
  @IsString()
  country: string;
}

@InputType()
export class TierProtectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a tier.' })
  tierId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Protection lasts 1 to 730 days.' })
  @Max(730, { message: 'Protection lasts 1 to 730 days.' })
  days: number;
}

@InputType()
export class DealSettingsInput {
  @Field(() => [TierProtectionInput], {
    nullable: true,
    description: 'Tiers whose protection differs from the program default (omit to keep them).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TierProtectionInput)
  tierProtection?: TierProtectionInput[] | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Protection lasts 1 to 730 days.' })
  @Max(730, { message: 'Protection lasts 1 to 730 days.' })
  protectionDays: number;

  @Field(() => ExtensionPolicy)
  @IsEnum(ExtensionPolicy)
  extensionPolicy: ExtensionPolicy;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'An extension adds 1 to 365 days.' })
  @Max(365, { message: 'An extension adds 1 to 365 days.' })
  extensionDays: number;

  @Field()
  @IsNumber()
  @Min(1, { message: 'Allow 1 to 200 business hours to decide.' })
  @Max(200, { message: 'Allow 1 to 200 business hours to decide.' })
  decisionHours: number;

  @Field()
  @IsString()
  vendorTimeZone: string;

  @Field(() => DealEngagementRule)
  @IsEnum(DealEngagementRule)
  engagementRule: DealEngagementRule;

  @Field()
  @IsNumber()
  @Min(0.2, { message: 'Similarity runs from 0.2 (loose) to 0.95 (strict).' })
  @Max(0.95, { message: 'Similarity runs from 0.2 (loose) to 0.95 (strict).' })
  nameSimilarity: number;

  @Field(() => Int)
  @IsInt()
  version: number;
}

@InputType()
export class ExtensionDecisionInput {
  @Field(() => ID)
  @IsUUID('all')
  extensionId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  comment: string;
}
