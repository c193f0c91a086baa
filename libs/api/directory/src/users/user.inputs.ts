import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Role, UserStatus } from '@tandem/shared-domain';
import { User } from './user.entity';

@InputType()
export class UserFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field({ nullable: true, description: 'Only vendor staff (vendor admins only).' })
  @IsOptional()
  @IsBoolean()
  vendorStaff?: boolean;

  @Field({ nullable: true, description: 'Matches name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search text can be at most 100 characters.' })
  search?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field(() => [UserStatus], { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus, { each: true })
  statuses?: UserStatus[];
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'Name can be at most 120 characters.' })
  name?: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Choose a role.' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Required when a vendor admin invites a partner admin.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a partner.' })
  partnerId?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 200)
  token: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Enter your name (at most 120 characters).' })
  name: string;

  @Field()
  @IsString()
  password: string;
}

@ObjectType()
export class InvitationResult {
  @Field(() => User)
  user: User;

  @Field({
    description: 'The link to send the invitee; shown once, also emailed when SMTP is configured.',
  })
  inviteUrl: string;
}

@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'The vendor or partner the invitee will belong to.' })
  organisationName: string;

  @Field()
  expiresAt: Date;
}
