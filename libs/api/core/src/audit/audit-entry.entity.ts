import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../graphql/json.scalar';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the API's database role may insert and read these rows, never change them. */
@Entity('audit_entry')
@Index('idx_audit_entry_entity', ['entityType', 'entityId', 'at'])
@Index('idx_audit_entry_at', ['at'])
@Index('idx_audit_entry_partner_at', ['partnerId', 'at'])
@ObjectType()
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'timestamptz' })
  @Field()
  at: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  @Field({ description: 'Name and role of who acted, or "system".' })
  actorLabel: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Column({ type: 'text' })
  @Field()
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  @Field()
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  @Field()
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
