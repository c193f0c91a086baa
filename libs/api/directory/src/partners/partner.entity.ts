import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import type { Relation } from 'typeorm';
import { PartnerStatus } from '@tandem/shared-domain';
import type { User } from '../users/user.entity';
import { Tier } from '../program/tier.entity';
import { PartnerType } from '../program/partner-type.entity';

registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

@Entity('partner')
@Index('idx_partner_tier', ['tierId'])
@Index('idx_partner_type', ['typeId'])
@Index('idx_partner_region', ['region'])
@Index('idx_partner_status', ['status'])
@Index('idx_partner_channel_manager', ['channelManagerId'])
@Index('idx_partner_name', ['name'])
@Index('uq_partner_name_lower', { synchronize: false })
@ObjectType()
export class Partner {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  // Trigram index for directory search; created by hand in the migration (TypeORM cannot express it).
  @Index('idx_partner_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ name: 'legal_name', type: 'text', default: '' })
  @Field()
  legalName: string;

  @Column({ name: 'website_domains', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  websiteDomains: string[];

  @Column({ name: 'logo_url', type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'https link to the partner’s logo (used in co-branded content).',
  })
  logoUrl: string | null;

  @Column({ type: 'char', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Column({ type: 'text' })
  @Field({ description: 'One of NA, LATAM, EMEA, APAC.' })
  region: string;

  @Column({ name: 'time_zone', type: 'text' })
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Column({ name: 'working_days', type: 'int', array: true, default: () => "'{1,2,3,4,5}'" })
  @Field(() => [Int], {
    description:
      'ISO weekdays the partner works (1 = Monday … 7 = Sunday); SLA clocks run on them.',
  })
  workingDays: number[];

  @Column({ name: 'workday_start_hour', type: 'int', default: 9 })
  @Field(() => Int, { description: 'Business hours start (local hour, 0–23).' })
  workdayStartHour: number;

  @Column({ name: 'workday_end_hour', type: 'int', default: 17 })
  @Field(() => Int, { description: 'Business hours end (local hour, 1–24).' })
  workdayEndHour: number;

  @Column({ name: 'focus_persona_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID], {
    description: 'Personas the partner specialises in (lead routing can require a match).',
  })
  focusPersonaIds: string[];

  @Column({ name: 'type_id', type: 'uuid' })
  @Field(() => ID)
  typeId: string;

  @ManyToOne(() => PartnerType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: PartnerType;

  @Column({ name: 'tier_id', type: 'uuid' })
  @Field(() => ID)
  tierId: string;

  @ManyToOne(() => Tier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tier_id' })
  tier?: Tier;

  @Column({ type: 'text', default: PartnerStatus.ONBOARDING })
  @Field(() => PartnerStatus)
  status: PartnerStatus;

  @Column({ name: 'channel_manager_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  channelManagerId: string | null;

  // String target and Relation<> keep this circular reference lazy (users point back at partners).
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'channel_manager_id' })
  channelManager?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int, {
    description: 'Send back when updating; a stale version is refused instead of overwriting.',
  })
  version: number;
}
