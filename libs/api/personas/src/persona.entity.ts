import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { PersonaCommentKind, PersonaStatus, ProposalStatus } from '@tandem/shared-domain';
import { PersonaContent } from './persona-content';

registerEnumType(PersonaStatus, { name: 'PersonaStatus' });
registerEnumType(PersonaCommentKind, { name: 'PersonaCommentKind' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** A buyer persona. The draft is the vendor's working copy; partners see published versions only. */
@Entity('persona')
@Index('idx_persona_status_name', ['status', 'name'])
@ObjectType()
export class Persona {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text', default: PersonaStatus.DRAFT })
  @Field(() => PersonaStatus)
  status: PersonaStatus;

  /** The published name (or the draft's while never published), for lists and search. */
  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ type: 'jsonb' })
  draft: PersonaContent;

  @Column({ name: 'published_version', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Number of the latest published version.' })
  publishedVersion: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int, {
    description: 'Optimistic-lock version of the draft; send it back when editing.',
  })
  version: number;
}

/** An immutable published version. */
@Entity('persona_version')
@Index('uq_persona_version_number', ['personaId', 'number'], { unique: true })
@ObjectType()
export class PersonaVersion {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'persona_id', type: 'uuid' })
  personaId: string;

  @ManyToOne(() => Persona, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'persona_id' })
  persona?: Persona;

  @Column({ type: 'int' })
  @Field(() => Int)
  number: number;

  @Column({ type: 'jsonb' })
  @Field(() => PersonaContent)
  content: PersonaContent;

  @Column({ name: 'change_note', type: 'text', default: '' })
  @Field()
  changeNote: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  @Field()
  publishedAt: Date;

  @Column({ name: 'published_by_label', type: 'text' })
  @Field()
  publishedByLabel: string;
}

/**
 * A comment or a proposed change. Partner users' comments belong to their partner (row-level
 * security keeps them from other partners); vendor comments without a partner are public.
 */
@Entity('persona_comment')
@Index('idx_persona_comment_persona_created', ['personaId', 'createdAt'])
@Index('idx_persona_comment_partner', ['partnerId'])
@ObjectType()
export class PersonaComment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'persona_id', type: 'uuid' })
  @Field(() => ID)
  personaId: string;

  @ManyToOne(() => Persona, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'persona_id' })
  persona?: Persona;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'author_label', type: 'text' })
  @Field({ description: 'Name and organisation of the author.' })
  authorLabel: string;

  @Column({ type: 'text' })
  @Field(() => PersonaCommentKind)
  kind: PersonaCommentKind;

  @Column({ type: 'text', default: '' })
  @Field()
  body: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The persona field a proposal changes.' })
  field: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  suggestion: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the proposer saw in the field.' })
  evidence: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => ProposalStatus, { nullable: true })
  status: ProposalStatus | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'accepted_version', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The version that took the proposal in.' })
  acceptedVersion: number | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}

/** Users who follow a persona hear about its new versions (commenting follows automatically). */
@Entity('persona_follow')
@Index('idx_persona_follow_persona', ['personaId'])
export class PersonaFollow {
  @PrimaryColumn({ name: 'persona_id', type: 'uuid' })
  personaId: string;

  @ManyToOne(() => Persona, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'persona_id' })
  persona?: Persona;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
