import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { NotificationChannel, NotificationKind } from '@tandem/shared-domain';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

@Entity('notification')
@Index('idx_notification_user_created', ['userId', 'createdAt'])
@Index('idx_notification_user_unread', ['userId'], { where: 'read_at IS NULL' })
@ObjectType()
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Column({ type: 'text' })
  @Field()
  title: string;

  @Column({ type: 'text', default: '' })
  @Field()
  body: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A portal path to open, e.g. /partners/…' })
  link: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}

@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  channel: NotificationChannel;
}
