import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class TierInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new tier.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @IsString()
  @Length(2, 60, { message: 'Tier name must be 2 to 60 characters.' })
  name: string;

  @Field(() => Int, { description: 'Higher rank = higher tier.' })
  @IsInt({ message: 'Rank must be a whole number.' })
  @Min(0, { message: 'Rank must be between 0 and 1000.' })
  @Max(1000, { message: 'Rank must be between 0 and 1000.' })
  rank: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Description can be at most 500 characters.' })
  description?: string;
}

@InputType()
export class PartnerTypeInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new type.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @IsString()
  @Length(2, 60, { message: 'Type name must be 2 to 60 characters.' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Description can be at most 500 characters.' })
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
