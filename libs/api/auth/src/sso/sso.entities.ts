import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '@tandem/shared-domain';
import { Partner, User } from '@tandem/api-directory';

/**
 * An OpenID Connect identity provider people may sign in with: the vendor's own (partnerId null,
 * for vendor staff) or one partner's (for that partner's users), chosen by the email's domain.
 */
@Entity('sso_connection')
@Index('idx_sso_connection_partner', ['partnerId'])
@ObjectType('SsoConnection')
export class SsoConnection {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field({ description: 'Shown on the sign-in button: "Continue with <name>".' })
  name: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null: the connection signs in vendor staff.' })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'text' })
  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration is read.' })
  issuer: string;

  @Column({ name: 'client_id', type: 'text' })
  @Field()
  clientId: string;

  /** AES-GCM sealed with a key derived from the JWT secret; never leaves the server. */
  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed: string;

  @Column({ name: 'email_domains', type: 'text', array: true })
  @Field(() => [String], { description: 'Lower-case email domains this connection signs in.' })
  emailDomains: string[];

  @Column({ name: 'default_role', type: 'text' })
  @Field(() => Role, { description: 'The role of users created on their first sign-in.' })
  defaultRole: Role;

  @Column({ type: 'boolean', default: true })
  @Field()
  enabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}

/** Links a user to the subject (`sub`) an identity provider knows them by. */
@Entity('user_identity')
@Index('uq_user_identity_subject', ['connectionId', 'subject'], { unique: true })
@Index('uq_user_identity_user', ['connectionId', 'userId'], { unique: true })
@Index('idx_user_identity_user', ['userId'])
export class UserIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId: string;

  @ManyToOne(() => SsoConnection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnection;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
