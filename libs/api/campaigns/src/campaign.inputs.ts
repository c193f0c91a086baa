import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { CampaignPhase, CampaignStatus, CampaignTargetMode, REGIONS } from '@tandem/shared-domain';

@InputType()
export class CampaignInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'Name must be 2 to 120 characters.' })
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500, { message: 'The goal can be at most 500 characters.' })
  goal: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'The description can be at most 5,000 characters.' })
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'Use a date such as 2026-12-01.' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'Use a date such as 2026-12-31.' })
  endsOn: string;

  @Field(() => CampaignTargetMode, {
    defaultValue: CampaignTargetMode.ALL,
    description: 'Ignored for a partner’s own campaign, which targets that partner.',
  })
  @IsEnum(CampaignTargetMode)
  targetMode: CampaignTargetMode;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose tiers from the list.' })
  targetTierIds: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsIn(REGIONS, { each: true, message: `Regions are ${REGIONS.join(', ')}.` })
  targetRegions: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(5000, { message: 'At most 5,000 partners; target by tier or region instead.' })
  @IsUUID('all', { each: true, message: 'Choose partners from the list.' })
  targetPartnerIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'At most 20 personas.' })
  @IsUUID('all', { each: true, message: 'Choose personas from the list.' })
  personaIds: string[];
}

@InputType()
export class CampaignFilterInput {
  @Field(() => [CampaignStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus, { each: true })
  statuses?: CampaignStatus[];

  @Field(() => [CampaignPhase], {
    nullable: true,
    description: 'Launched campaigns by where they stand in time.',
  })
  @IsOptional()
  @IsEnum(CampaignPhase, { each: true })
  phases?: CampaignPhase[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class UpdateCampaignInput extends CampaignInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
