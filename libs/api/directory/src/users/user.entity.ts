import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Role, UserStatus } from '@tandem/shared-domain';
import { Partner } from '../partners/partner.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });

@Entity('app_user')
@Index('idx_app_user_partner_name', ['partnerId', 'name'])
@Index('idx_app_user_role', ['role'])
@ObjectType('User')
export class User {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'citext' })
  @Field()
  email: string;

  // Trigram index for user search; created by hand in the migration.
  @Index('idx_app_user_name_trgm', { synchronize: false })
  @Column({ type: 'text', default: '' })
  @Field()
  name: string;

  @Column({ type: 'text' })
  @Field(() => Role)
  role: Role;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'text', default: UserStatus.INVITED })
  @Field(() => UserStatus)
  status: UserStatus;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash?: string | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
