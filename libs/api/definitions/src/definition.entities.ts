import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DefinitionStatus, PartnerSide, ReasonKind } from '@tandem/shared-domain';
import { MqlCriteria, StageDefinition } from './definition.types';

/** A version of the funnel definition: one draft at a time, published ones numbered and frozen. */
@Entity('funnel_definition')
@Index('uq_funnel_definition_draft', ['status'], { unique: true, where: "status = 'DRAFT'" })
@Index('uq_funnel_definition_number', ['number'], { unique: true, where: 'number IS NOT NULL' })
@ObjectType()
export class FunnelDefinition {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text', default: DefinitionStatus.DRAFT })
  @Field(() => DefinitionStatus)
  status: DefinitionStatus;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Version number once published.' })
  number: number | null;

  @Column({ type: 'jsonb' })
  @Field(() => [StageDefinition])
  stages: StageDefinition[];

  @Column({ type: 'jsonb' })
  @Field(() => MqlCriteria)
  mql: MqlCriteria;

  @Column({ name: 'change_note', type: 'text', default: '' })
  @Field()
  changeNote: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  publishedByLabel: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** A partner's agreement to a published version, per side (marketing, sales). */
@Entity('definition_ack')
@Index('idx_definition_ack_partner', ['partnerId'])
@ObjectType()
export class DefinitionAck {
  @PrimaryColumn({ name: 'definition_id', type: 'uuid' })
  @Field(() => ID)
  definitionId: string;

  @ManyToOne(() => FunnelDefinition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: FunnelDefinition;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @PrimaryColumn({ type: 'text' })
  @Field(() => PartnerSide)
  side: PartnerSide;

  @Column({ name: 'acknowledged_by_label', type: 'text' })
  @Field()
  acknowledgedByLabel: string;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  @Field()
  acknowledgedAt: Date;
}

/** Configurable reasons for rejecting or disqualifying leads and losing deals, so reports group by them. */
@Entity('reason_code')
@Index('uq_reason_code_kind_code', ['kind', 'code'], { unique: true })
@ObjectType()
export class ReasonCode {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field(() => ReasonKind)
  kind: ReasonKind;

  @Column({ type: 'text' })
  @Field()
  code: string;

  @Column({ type: 'text' })
  @Field()
  label: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  position: number;
}
