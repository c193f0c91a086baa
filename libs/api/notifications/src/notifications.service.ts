import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_CHANNEL,
  NotificationChannel,
  NotificationKind,
} from '@tandem/shared-domain';
import {
  AppConfig,
  Clock,
  LIVE_CHANNEL,
  LiveTopic,
  MailerService,
  Page,
  PaginatedResult,
  RequestContext,
  paginated,
} from '@tandem/api-core';
import { Notification, NotificationPreference } from './notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string;
}

/**
 * In-app inbox plus email. Each recipient's preference for the kind decides the channel;
 * notifications are written in the caller's transaction.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly mailer: MailerService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async notify(em: EntityManager, userIds: string[], n: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return;
    const prefs = await em.find(NotificationPreference, {
      where: { userId: In(recipients), kind: n.kind },
    });
    const channelOf = new Map(prefs.map((p) => [p.userId, p.channel]));
    const inApp: string[] = [];
    const email: string[] = [];
    for (const id of recipients) {
      const channel = channelOf.get(id) ?? DEFAULT_NOTIFICATION_CHANNEL;
      if (channel === NotificationChannel.IN_APP) inApp.push(id);
      if (channel === NotificationChannel.EMAIL) email.push(id);
    }
    if (inApp.length) {
      // No RETURNING: the row belongs to someone else, so row-level security would hide it from us.
      // The ids are chosen here instead, for the live event each recipient gets on commit.
      const rows = inApp.map((userId) => ({ id: randomUUID(), userId }));
      await em
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .updateEntity(false)
        .values(
          rows.map(({ id, userId }) => ({
            id,
            userId,
            kind: n.kind,
            title: n.title,
            body: n.body ?? '',
            link: n.link ?? null,
            createdAt: this.clock.now(),
          })),
        )
        .execute();
      await em.query(`SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e`, [
        LIVE_CHANNEL,
        rows.map(({ id, userId }) =>
          JSON.stringify({ topic: LiveTopic.Notification, id, userIds: [userId] }),
        ),
      ]);
    }
    if (email.length) {
      const rows: { email: string }[] = await em.query(
        `SELECT email FROM app_user WHERE id = ANY($1) AND status = 'ACTIVE'`,
        [email],
      );
      for (const row of rows) {
        const link = n.link ? `\n\n${this.config.publicUrl}${n.link}` : '';
        await this.mailer.send(em, {
          to: row.email,
          subject: n.title,
          text: `${n.body ?? ''}${link}`,
        });
      }
    }
  }

  /**
   * Notifies everyone an SQL query selects (one column, `id`), set-based so a campaign reaching
   * tens of thousands of users is a few statements, not a loop. Returns how many were told.
   */
  async notifyAudience(
    em: EntityManager,
    audienceSql: string,
    params: unknown[],
    n: NewNotification,
  ): Promise<number> {
    const k = params.length;
    // Ids are drawn before the insert: RETURNING them would need read access to other users'
    // rows, which row-level security denies outside the system scope.
    const inApp: { n: number }[] = await em.query(
      `WITH audience AS (${audienceSql}),
       fresh AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, a.id AS user_id FROM audience a
         LEFT JOIN notification_preference np ON np.user_id = a.id AND np.kind = $${k + 1}
         WHERE coalesce(np.channel, $${k + 6}) = 'IN_APP'),
       inserted AS (
         INSERT INTO notification (id, user_id, kind, title, body, link, created_at)
         SELECT f.id, f.user_id, $${k + 1}, $${k + 2}, $${k + 3}, $${k + 4}, $${k + 5} FROM fresh f
         RETURNING 1),
       live AS MATERIALIZED (
         SELECT pg_notify($${k + 7}, json_build_object(
                  'topic', $${k + 8}::text, 'id', id, 'userIds', json_build_array(user_id))::text)
         FROM fresh)
       SELECT (SELECT count(*) FROM inserted)::int AS n, (SELECT count(*) FROM live)::int AS live`,
      [
        ...params,
        n.kind,
        n.title,
        n.body ?? '',
        n.link ?? null,
        this.clock.now(),
        DEFAULT_NOTIFICATION_CHANNEL,
        LIVE_CHANNEL,
        LiveTopic.Notification,
      ],
    );
    const emails: { email: string }[] = await em.query(
      `WITH audience AS (${audienceSql})
       SELECT u.email FROM audience a JOIN app_user u ON u.id = a.id
       JOIN notification_preference np ON np.user_id = a.id AND np.kind = $${k + 1} AND np.channel = 'EMAIL'
       WHERE u.status = 'ACTIVE'`,
      [...params, n.kind],
    );
    const link = n.link ? `\n\n${this.config.publicUrl}${n.link}` : '';
    for (const row of emails) {
      await this.mailer.send(em, {
        to: row.email,
        subject: n.title,
        text: `${n.body ?? ''}${link}`,
      });
    }
    return (inApp[0]?.n ?? 0) + emails.length;
  }

  async list(
    ctx: RequestContext,
    page: Page,
    unreadOnly: boolean,
  ): Promise<PaginatedResult<Notification>> {
    const where = { userId: ctx.user.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, total] = await ctx.em.findAndCount(Notification, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return paginated(items, total, page);
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return ctx.em.count(Notification, { where: { userId: ctx.user.userId, readAt: IsNull() } });
  }

  /** Marks the given notifications (or all, when ids is empty) as read; returns the unread count. */
  async markRead(ctx: RequestContext, ids: string[]): Promise<number> {
    const where = {
      userId: ctx.user.userId,
      readAt: IsNull(),
      ...(ids.length ? { id: In(ids) } : {}),
    };
    await ctx.em.update(Notification, where, { readAt: this.clock.now() });
    return this.unreadCount(ctx);
  }

  async preferences(
    ctx: RequestContext,
  ): Promise<{ kind: NotificationKind; channel: NotificationChannel }[]> {
    const saved = await ctx.em.find(NotificationPreference, { where: { userId: ctx.user.userId } });
    const byKind = new Map(saved.map((p) => [p.kind, p.channel]));
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      channel: byKind.get(kind) ?? DEFAULT_NOTIFICATION_CHANNEL,
    }));
  }

  async setPreference(
    ctx: RequestContext,
    kind: NotificationKind,
    channel: NotificationChannel,
  ): Promise<void> {
    await ctx.em.upsert(NotificationPreference, { userId: ctx.user.userId, kind, channel }, [
      'userId',
      'kind',
    ]);
  }
}
