import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Partner, User } from '@tandem/api-directory';

/**
 * A credential for another system (a CRM, marketing automation) to call the GraphQL API. Only a
 * SHA-256 hash of the secret is kept; the secret itself is shown once, when the token is made.
 */
@Entity('api_token')
@Index('uq_api_token_hash', ['secretHash'], { unique: true })
@Index('idx_api_token_partner', ['partnerId', 'createdAt'])
@ObjectType()
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "The partner whose data the token reaches; null for the vendor's tokens.",
  })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  @Field(() => ID, { description: 'The token acts for this user, within its permissions.' })
  createdByUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;

  @Column({ name: 'created_by_label', type: 'text' })
  @Field()
  createdByLabel: string;

  @Column({ type: 'text', array: true })
  @Field(() => [String], { description: 'Permission keys, e.g. "lead:create".' })
  permissions: string[];

  @Column({ name: 'secret_prefix', type: 'text' })
  @Field({ description: 'The first characters of the secret, to recognise it by.' })
  secretPrefix: string;

  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash: string;

  @Column({ name: 'rate_limit_per_minute', type: 'int' })
  @Field(() => Int)
  rateLimitPerMinute: number;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  revokedByLabel: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A new token and its secret, which is shown this one time only.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token: ApiToken;

  @Field({ description: 'Send it as `Authorization: Bearer <secret>`. It cannot be shown again.' })
  secret: string;
}
