import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Role } from '@tandem/shared-domain';

@InputType()
export class SsoConnectionInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new connection.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field({ description: 'Button label, e.g. "Northwind Okta".' })
  @IsString()
  @Length(2, 80, { message: 'Name must be 2 to 80 characters.' })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner whose users it signs in; omit for vendor staff.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a partner.' })
  partnerId?: string | null;

  @Field()
  @IsString()
  @MaxLength(500, { message: 'Issuer URL can be at most 500 characters.' })
  issuer: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'Client ID must be 1 to 200 characters.' })
  clientId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when creating; when updating, omit or leave empty to keep the stored one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Client secret can be at most 500 characters.' })
  clientSecret?: string | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20, { message: 'At most 20 email domains.' })
  @IsString({ each: true })
  emailDomains: string[];

  @Field(() => Role)
  @IsEnum(Role)
  defaultRole: Role;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@ObjectType({ description: 'What the issuer answered when its discovery document was read.' })
export class SsoConnectionTestResult {
  @Field()
  ok: boolean;

  @Field()
  message: string;

  @Field({ nullable: true })
  issuer?: string;

  @Field({ nullable: true })
  authorizationEndpoint?: string;

  @Field({ nullable: true })
  tokenEndpoint?: string;
}
