import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A partner program level, e.g. Registered < Silver < Gold < Platinum (higher rank = higher tier). */
@Entity('tier')
@ObjectType()
export class Tier {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('uq_tier_name', { unique: true })
  @Column({ type: 'citext' })
  @Field()
  name: string;

  @Index('uq_tier_rank', { unique: true })
  @Column({ type: 'int' })
  @Field(() => Int)
  rank: number;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
