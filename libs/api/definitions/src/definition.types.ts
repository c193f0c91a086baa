import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DefinitionStatus,
  EngagementKind,
  FitRuleKind,
  LEAD_REQUIRABLE_FIELDS,
  LeadStage,
  PartnerSide,
  ReasonKind,
} from '@tandem/shared-domain';

registerEnumType(LeadStage, { name: 'LeadStage' });
registerEnumType(DefinitionStatus, { name: 'DefinitionStatus' });
registerEnumType(PartnerSide, { name: 'PartnerSide' });
registerEnumType(ReasonKind, { name: 'ReasonKind' });
registerEnumType(FitRuleKind, { name: 'FitRuleKind' });
registerEnumType(EngagementKind, { name: 'EngagementKind' });

@ObjectType()
@InputType('StageDefinitionInput')
export class StageDefinition {
  @Field(() => LeadStage)
  @IsEnum(LeadStage)
  stage: LeadStage;

  @Field()
  @IsString()
  @MaxLength(2000, { message: 'A stage description can be at most 2,000 characters.' })
  description: string;

  @Field()
  @IsString()
  @MaxLength(2000, { message: 'Entry criteria can be at most 2,000 characters.' })
  entryCriteria: string;
}

/** A fit rule adds points when a lead matches: a persona, a country, a size range or a title word. */
@ObjectType()
@InputType('FitRuleInput')
export class FitRule {
  @Field(() => FitRuleKind)
  @IsEnum(FitRuleKind)
  kind: FitRuleKind;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Persona ids, country codes or title keywords.',
  })
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  values: string[];

  @Field(() => Int, { nullable: true, description: 'Company size from (COMPANY_SIZE).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'Company size to (COMPANY_SIZE).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  max?: number | null;

  @Field(() => Int)
  @IsInt()
  @Min(-100, { message: 'Points must be between -100 and 100.' })
  @Max(100, { message: 'Points must be between -100 and 100.' })
  points: number;
}

@ObjectType()
@InputType('EngagementRuleInput')
export class EngagementRule {
  @Field(() => EngagementKind)
  @IsEnum(EngagementKind)
  kind: EngagementKind;

  @Field(() => Int, { description: 'Points per response or download.' })
  @IsInt()
  @Min(0)
  @Max(100, { message: 'Points must be between 0 and 100.' })
  points: number;

  @Field(() => Int, { description: 'At most this many points from this rule.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  maxPoints: number;
}

/** MQL criteria as data: required fields plus a score threshold over fit and engagement rules. */
@ObjectType()
@InputType('MqlCriteriaInput')
export class MqlCriteria {
  @Field(() => [String])
  @IsIn(LEAD_REQUIRABLE_FIELDS, {
    each: true,
    message: `Required fields are among ${LEAD_REQUIRABLE_FIELDS.join(', ')}.`,
  })
  requiredFields: string[];

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000, { message: 'The threshold must be between 0 and 1,000.' })
  threshold: number;

  @Field(() => [FitRule])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FitRule)
  fitRules: FitRule[];

  @Field(() => [EngagementRule])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EngagementRule)
  engagementRules: EngagementRule[];
}

@InputType()
export class FunnelDefinitionInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The draft version you edited (omit when starting a draft).',
  })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [StageDefinition])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StageDefinition)
  stages: StageDefinition[];

  @Field(() => MqlCriteria)
  @ValidateNested()
  @Type(() => MqlCriteria)
  mql: MqlCriteria;
}

@InputType()
export class ReasonCodeInput {
  @Field({ nullable: true, description: 'Omit to create.' })
  @IsOptional()
  @IsString()
  id?: string;

  @Field(() => ReasonKind)
  @IsEnum(ReasonKind)
  kind: ReasonKind;

  @Field()
  @IsString()
  @MaxLength(40)
  code: string;

  @Field()
  @IsString()
  @MaxLength(120, { message: 'A label can be at most 120 characters.' })
  label: string;

  @Field({ defaultValue: true })
  active: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  position: number;
}
