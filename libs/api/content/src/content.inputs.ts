import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { AssetKind, AssetType, DownloadReportGrouping, FunnelStage } from '@tandem/shared-domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(DownloadReportGrouping, { name: 'DownloadReportGrouping' });

/** What describes an asset, whether it is a file or a link. */
@InputType()
export class AssetInput {
  @Field()
  @IsString()
  @Length(2, 200, { message: 'Title must be 2 to 200 characters.' })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Description can be at most 2,000 characters.' })
  description: string;

  @Field(() => AssetType)
  @IsEnum(AssetType, { message: 'Choose a content type.' })
  type: AssetType;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'At most 20 personas.' })
  @IsUUID('all', { each: true, message: 'Choose personas from the list.' })
  personaIds: string[];

  @Field(() => FunnelStage, { nullable: true })
  @IsOptional()
  @IsEnum(FunnelStage)
  funnelStage?: FunnelStage | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a tier.' })
  minTierId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Empty keeps it unpublished.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date | null;
}

@InputType()
export class LinkAssetInput extends AssetInput {
  @Field()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Use an https:// link.' })
  @MaxLength(2000)
  url: string;
}

@InputType()
export class UpdateAssetInput extends AssetInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Links only.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Use an https:// link.' })
  url?: string;
}

@InputType()
export class ContentFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => [AssetType], { nullable: true })
  @IsOptional()
  @IsEnum(AssetType, { each: true })
  types?: AssetType[];

  @Field(() => [AssetKind], { nullable: true })
  @IsOptional()
  @IsEnum(AssetKind, { each: true })
  kinds?: AssetKind[];

  @Field(() => [FunnelStage], { nullable: true })
  @IsOptional()
  @IsEnum(FunnelStage, { each: true })
  stages?: FunnelStage[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  personaIds?: string[];
}

@InputType()
export class KitInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a kit.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Required when updating.' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field()
  @IsString()
  @Length(2, 120, { message: 'Name must be 2 to 120 characters.' })
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Description can be at most 2,000 characters.' })
  description: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'At most 20 talking points.' })
  @MaxLength(500, { each: true, message: 'Each talking point can be at most 500 characters.' })
  talkingPoints: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  personaId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  campaignId?: string | null;

  @Field(() => [ID], { description: 'Assets in the order they appear.' })
  @ArrayMaxSize(50, { message: 'At most 50 assets in a kit.' })
  @IsUUID('all', { each: true })
  assetIds: string[];
}

@InputType()
export class DownloadFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  assetId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  kitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
