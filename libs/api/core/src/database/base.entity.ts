import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Common columns: a UUID key, timestamps and an optimistic-lock version. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * Base for every table that belongs to one partner. Such tables also carry a row-level security
 * policy keyed by the same column (see the migrations), so a missed filter still returns nothing.
 */
export abstract class PartnerOwnedEntity extends BaseEntity {
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;
}
