import {
  Field,
  ID,
  InputType,
  Int,
  IntersectionType,
  PartialType,
  PickType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PartnerStatus, REGIONS } from '@tandem/shared-domain';

export enum PartnerSort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  NEWEST_FIRST = 'NEWEST_FIRST',
  TIER_HIGH_FIRST = 'TIER_HIGH_FIRST',
}
registerEnumType(PartnerSort, { name: 'PartnerSort' });

@InputType()
export class PartnerFilterInput {
  @Field({ nullable: true, description: 'Matches name, legal name or website domain.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search text can be at most 100 characters.' })
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose tiers from the list.' })
  tierIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose partner types from the list.' })
  typeIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsIn(REGIONS, { each: true, message: `Region must be one of ${REGIONS.join(', ')}.` })
  regions?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose channel managers from the list.' })
  channelManagerIds?: string[];

  @Field(() => [PartnerStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PartnerStatus, { each: true })
  statuses?: PartnerStatus[];
}

@InputType()
export class CreatePartnerInput {
  @Field()
  @IsString()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters.' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Legal name can be at most 300 characters.' })
  legalName?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 website domains.' })
  @IsString({ each: true })
  websiteDomains?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'https link to the logo, for co-branded content.',
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Use an https:// link to the logo.' },
  )
  @MaxLength(500, { message: 'The logo link can be at most 500 characters.' })
  logoUrl?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. DE.' })
  @IsString()
  country: string;

  @Field()
  @IsIn(REGIONS, { message: `Region must be one of ${REGIONS.join(', ')}.` })
  region: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsString()
  timeZone: string;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one working day.' })
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'Working days are 1 (Monday) to 7 (Sunday).' })
  @Max(7, { each: true, message: 'Working days are 1 (Monday) to 7 (Sunday).' })
  workingDays?: number[];

  @Field(() => Int, { nullable: true, description: 'Local hour business hours start (0–23).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Business hours start between 0 and 23.' })
  @Max(23, { message: 'Business hours start between 0 and 23.' })
  workdayStartHour?: number;

  @Field(() => Int, { nullable: true, description: 'Local hour business hours end (1–24).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Business hours end between 1 and 24.' })
  @Max(24, { message: 'Business hours end between 1 and 24.' })
  workdayEndHour?: number;

  @Field(() => [ID], { nullable: true, description: 'Personas the partner specialises in.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Choose personas from the list.' })
  focusPersonaIds?: string[];

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a partner type.' })
  typeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a tier.' })
  tierId: string;

  @Field(() => ID, { nullable: true, description: 'When updating, null unassigns.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a channel manager.' })
  channelManagerId?: string | null;
}

/** The optimistic-lock version every edit sends back. */
@InputType({ isAbstract: true })
class VersionedInput {
  @Field(() => Int, {
    description: 'The version you edited; a newer one on the server is a conflict.',
  })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class UpdatePartnerInput extends IntersectionType(
  PartialType(CreatePartnerInput),
  VersionedInput,
) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;
}

/** What a partner admin may change about their own organisation. */
@InputType()
export class UpdateMyPartnerProfileInput extends IntersectionType(
  PartialType(
    PickType(CreatePartnerInput, [
      'legalName',
      'websiteDomains',
      'timeZone',
      'logoUrl',
      'workingDays',
      'workdayStartHour',
      'workdayEndHour',
      'focusPersonaIds',
    ] as const),
  ),
  VersionedInput,
) {}
