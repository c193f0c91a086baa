import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Reseller, referral, MSP, distributor, ... — a configurable list. */
@Entity('partner_type')
@ObjectType()
export class PartnerType {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('uq_partner_type_name', { unique: true })
  @Column({ type: 'citext' })
  @Field()
  name: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ type: 'boolean', default: true })
  @Field({
    description: 'Inactive types stay on existing partners but cannot be chosen for new ones.',
  })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
