import { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTS = [
  'leads_received',
  'mqls',
  'mqls_accepted',
  'sqls',
  'sqls_converted',
  'opportunities',
  'leads_rejected',
  'offers_resolved',
  'accepted_in_time',
  'offers_accepted',
  'deals_registered',
  'deals_approved',
  'deals_rejected',
  'deals_won',
  'deals_lost',
  'deals_expired',
  'cycle_n',
];
// Money in cents and durations in milliseconds: integer sums are exact and several times faster
// to add up than numeric ones.
const SUMS = ['accept_ms', 'revenue_won_cents', 'revenue_marketing_cents', 'cycle_ms'];
const COLUMNS = [...COUNTS, ...SUMS];

/**
 * Daily funnel figures per partner (UTC days): the additive parts of every metric in
 * docs/metrics.md, so a report over a period sums at most one row per partner and day instead of
 * every lead, offer and registration event of the period. Kept by row triggers in the same
 * transaction as the change, as deltas (the old row's contribution out, the new row's in):
 *
 * - lead milestones (received, MQL, SQL, opportunity, and the cohort numerators "MQL later
 *   accepted", "SQL later converted" on the MQL's and SQL's day);
 * - offers, by acceptance deadline (resolved, accepted in time, accepted and hours to accept) and
 *   rejections by decision day — offers still pending past their deadline depend on the clock and
 *   are counted at read time;
 * - registration events by day, with the registration's amounts, submission time and lead source
 *   read when the event is counted; a change of those on the registration moves its events'
 *   contributions.
 *
 * `tandem_rebuild_partner_funnel_days()` computes the table from scratch (the backfill, bulk
 * loads); a test checks that the trigger-kept table equals it. docs/decisions/0016-funnel-rollups.md.
 */
export class PartnerFunnelDays1796690100000 implements MigrationInterface {
  name = 'PartnerFunnelDays1796690100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partner_funnel_day (
      partner_id uuid NOT NULL,
      day date NOT NULL,
      ${COUNTS.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n      ')},
      ${SUMS.map((c) => `${c} bigint NOT NULL DEFAULT 0`).join(',\n      ')},
      CONSTRAINT pk_partner_funnel_day PRIMARY KEY (partner_id, day))`);
    // No row-level security on the rollup, and no privilege for the API's role (grantAppRole):
    // its only reader is tandem_funnel_day_sums below, which answers the system scope only (the
    // metric layer's reads, after it filtered the partners through the caller's own scope). A
    // policy here would cost a function call per row and blind the planner's estimates.
    await queryRunner.query(`REVOKE ALL ON partner_funnel_day FROM PUBLIC`);

    // Adds `sign` × the given parts to a partner's day (the caller runs in the system scope).
    await queryRunner.query(`CREATE FUNCTION tandem_funnel_day_bump(p_partner uuid, p_at timestamptz, p_sign integer,
      ${COUNTS.map((c) => `${c} integer DEFAULT 0`).join(', ')},
      ${SUMS.map((c) => `${c} bigint DEFAULT 0`).join(', ')})
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF p_partner IS NULL OR p_at IS NULL THEN RETURN; END IF;
        INSERT INTO partner_funnel_day AS f (partner_id, day, ${COLUMNS.join(', ')})
        VALUES (p_partner, (p_at AT TIME ZONE 'UTC')::date,
          ${COLUMNS.map((c) => `p_sign * tandem_funnel_day_bump.${c}`).join(', ')})
        ON CONFLICT (partner_id, day) DO UPDATE SET
          ${COLUMNS.map((c) => `${c} = f.${c} + EXCLUDED.${c}`).join(',\n          ')};
      END $$`);

    // A milestone row's contribution.
    await queryRunner.query(`CREATE FUNCTION tandem_funnel_day_milestone(m lead_milestone, p_sign integer)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM tandem_funnel_day_bump(m.partner_id, m.received_at, p_sign, leads_received => 1);
        PERFORM tandem_funnel_day_bump(m.partner_id, m.mql_at, p_sign, mqls => 1,
          mqls_accepted => (m.sql_at IS NOT NULL)::int);
        PERFORM tandem_funnel_day_bump(m.partner_id, m.sql_at, p_sign, sqls => 1,
          sqls_converted => (m.opp_at IS NOT NULL)::int);
        PERFORM tandem_funnel_day_bump(m.partner_id, m.opp_at, p_sign, opportunities => 1);
      END $$`);
    // An offer's contribution: by deadline once resolved, and a rejection on its decision day.
    await queryRunner.query(`CREATE FUNCTION tandem_funnel_day_offer(o lead_offer, p_sign integer)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE accepted boolean := o.status = 'ACCEPTED' AND o.decided_at IS NOT NULL;
      BEGIN
        IF o.status = 'REJECTED' THEN
          PERFORM tandem_funnel_day_bump(o.partner_id, o.decided_at, p_sign, leads_rejected => 1);
        END IF;
        IF o.status IN ('ACCEPTED', 'REJECTED', 'EXPIRED') THEN
          PERFORM tandem_funnel_day_bump(o.partner_id, o.accept_due_at, p_sign,
            offers_resolved => 1,
            accepted_in_time => (o.status = 'ACCEPTED' AND o.decided_at <= o.accept_due_at)::int,
            offers_accepted => accepted::int,
            accept_ms => CASE WHEN accepted
              THEN floor(extract(epoch FROM o.decided_at - o.offered_at) * 1000)::bigint ELSE 0 END);
        END IF;
      END $$`);
    // A registration event's contribution, with the registration's values passed in.
    await queryRunner.query(`CREATE FUNCTION tandem_funnel_day_deal(e deal_event, d deal_registration, p_sign integer)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE marketing boolean;
      BEGIN
        IF d.id IS NULL THEN RETURN; END IF;
        IF e.to_status = 'WON' THEN
          SELECT l.source IN ('VENDOR_MARKETING', 'PARTNER_MARKETING') INTO marketing
            FROM lead l WHERE l.id = d.lead_id;
          PERFORM tandem_funnel_day_bump(e.partner_id, e."at", p_sign, deals_won => 1,
            revenue_won_cents => (coalesce(d.final_amount, d.amount) * 100)::bigint,
            revenue_marketing_cents => CASE WHEN coalesce(marketing, false)
              THEN (coalesce(d.final_amount, d.amount) * 100)::bigint ELSE 0 END,
            cycle_ms => coalesce(floor(extract(epoch FROM e."at" - d.submitted_at) * 1000)::bigint, 0),
            cycle_n => (d.submitted_at IS NOT NULL)::int);
        ELSE
          PERFORM tandem_funnel_day_bump(e.partner_id, e."at", p_sign,
            deals_registered => (e.to_status = 'SUBMITTED')::int,
            deals_approved => (e.to_status = 'APPROVED')::int,
            deals_rejected => (e.to_status IN ('REJECTED', 'DUPLICATE'))::int,
            deals_lost => (e.to_status = 'LOST')::int,
            deals_expired => (e.to_status = 'EXPIRED')::int);
        END IF;
      END $$`);

    // The triggers: lift the scope for the bookkeeping, put the caller's back.
    const trigger = (name: string, body: string) =>
      queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); d deal_registration; e deal_event;
        BEGIN
          PERFORM set_config('tandem.scope', 'system', true);
          ${body}
          PERFORM set_config('tandem.scope', prev, true);
          IF TG_WHEN = 'BEFORE' THEN RETURN OLD; END IF;
          RETURN NULL;
        END $$`);
    await trigger(
      'tandem_funnel_day_milestone_trigger',
      `IF TG_OP <> 'INSERT' THEN PERFORM tandem_funnel_day_milestone(OLD, -1); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM tandem_funnel_day_milestone(NEW, 1); END IF;`,
    );
    await trigger(
      'tandem_funnel_day_offer_trigger',
      `IF TG_OP <> 'INSERT' THEN PERFORM tandem_funnel_day_offer(OLD, -1); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM tandem_funnel_day_offer(NEW, 1); END IF;`,
    );
    await trigger(
      'tandem_funnel_day_deal_event_trigger',
      `IF TG_OP <> 'INSERT' THEN
         SELECT * INTO d FROM deal_registration WHERE id = OLD.deal_id;
         IF FOUND THEN PERFORM tandem_funnel_day_deal(OLD, d, -1); END IF;
       END IF;
       IF TG_OP <> 'DELETE' THEN
         SELECT * INTO d FROM deal_registration WHERE id = NEW.deal_id;
         IF FOUND THEN PERFORM tandem_funnel_day_deal(NEW, d, 1); END IF;
       END IF;`,
    );
    // A registration's amounts, submission or lead changed: move its events' contributions. Before
    // a registration is deleted its events' contributions go (the cascade that deletes the events
    // comes after the registration is gone, so their own trigger finds no registration).
    await trigger(
      'tandem_funnel_day_deal_trigger',
      `FOR e IN SELECT * FROM deal_event WHERE deal_id = OLD.id LOOP
         PERFORM tandem_funnel_day_deal(e, OLD, -1);
         IF TG_OP = 'UPDATE' THEN PERFORM tandem_funnel_day_deal(e, NEW, 1); END IF;
       END LOOP;`,
    );
    await queryRunner.query(`CREATE TRIGGER funnel_day_from_milestone
      AFTER INSERT OR UPDATE OR DELETE ON lead_milestone
      FOR EACH ROW EXECUTE FUNCTION tandem_funnel_day_milestone_trigger()`);
    await queryRunner.query(`CREATE TRIGGER funnel_day_from_offer
      AFTER INSERT OR DELETE OR UPDATE OF status, decided_at, accept_due_at, offered_at, partner_id ON lead_offer
      FOR EACH ROW EXECUTE FUNCTION tandem_funnel_day_offer_trigger()`);
    await queryRunner.query(`CREATE TRIGGER funnel_day_from_deal_event
      AFTER INSERT OR UPDATE OR DELETE ON deal_event
      FOR EACH ROW EXECUTE FUNCTION tandem_funnel_day_deal_event_trigger()`);
    await queryRunner.query(`CREATE TRIGGER funnel_day_from_deal
      AFTER UPDATE OF amount, final_amount, submitted_at, lead_id ON deal_registration
      FOR EACH ROW WHEN ((OLD.amount, OLD.final_amount, OLD.submitted_at, OLD.lead_id)
        IS DISTINCT FROM (NEW.amount, NEW.final_amount, NEW.submitted_at, NEW.lead_id))
      EXECUTE FUNCTION tandem_funnel_day_deal_trigger()`);
    await queryRunner.query(`CREATE TRIGGER funnel_day_from_deal_delete
      BEFORE DELETE ON deal_registration
      FOR EACH ROW EXECUTE FUNCTION tandem_funnel_day_deal_trigger()`);

    // The whole table from the sources in one statement.
    const parts = (cols: Record<string, string>) =>
      COLUMNS.map((c) => `(${cols[c] ?? '0'}) AS ${c}`).join(', ');
    await queryRunner.query(`CREATE FUNCTION tandem_rebuild_partner_funnel_days() RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); n bigint;
      BEGIN
        PERFORM set_config('tandem.scope', 'system', true);
        DELETE FROM partner_funnel_day;
        INSERT INTO partner_funnel_day (partner_id, day, ${COLUMNS.join(', ')})
        SELECT partner_id, (at AT TIME ZONE 'UTC')::date, ${COLUMNS.map((c) => `sum(${c})`).join(', ')}
        FROM (
          SELECT partner_id, received_at AS at, ${parts({ leads_received: '1' })} FROM lead_milestone WHERE received_at IS NOT NULL
          UNION ALL
          SELECT partner_id, mql_at, ${parts({ mqls: '1', mqls_accepted: '(sql_at IS NOT NULL)::int' })} FROM lead_milestone WHERE mql_at IS NOT NULL
          UNION ALL
          SELECT partner_id, sql_at, ${parts({ sqls: '1', sqls_converted: '(opp_at IS NOT NULL)::int' })} FROM lead_milestone WHERE sql_at IS NOT NULL
          UNION ALL
          SELECT partner_id, opp_at, ${parts({ opportunities: '1' })} FROM lead_milestone WHERE opp_at IS NOT NULL
          UNION ALL
          SELECT partner_id, decided_at, ${parts({ leads_rejected: '1' })} FROM lead_offer WHERE status = 'REJECTED' AND decided_at IS NOT NULL
          UNION ALL
          SELECT partner_id, accept_due_at, ${parts({
            offers_resolved: '1',
            accepted_in_time: `(status = 'ACCEPTED' AND decided_at <= accept_due_at)::int`,
            offers_accepted: `(status = 'ACCEPTED' AND decided_at IS NOT NULL)::int`,
            accept_ms: `CASE WHEN status = 'ACCEPTED' AND decided_at IS NOT NULL
              THEN floor(extract(epoch FROM decided_at - offered_at) * 1000)::bigint ELSE 0 END`,
          })} FROM lead_offer WHERE status IN ('ACCEPTED', 'REJECTED', 'EXPIRED')
          UNION ALL
          SELECT e.partner_id, e."at", ${parts({
            deals_registered: `(e.to_status = 'SUBMITTED')::int`,
            deals_approved: `(e.to_status = 'APPROVED')::int`,
            deals_rejected: `(e.to_status IN ('REJECTED', 'DUPLICATE'))::int`,
            deals_won: `(e.to_status = 'WON')::int`,
            deals_lost: `(e.to_status = 'LOST')::int`,
            deals_expired: `(e.to_status = 'EXPIRED')::int`,
            revenue_won_cents: `CASE WHEN e.to_status = 'WON' THEN (coalesce(d.final_amount, d.amount) * 100)::bigint ELSE 0 END`,
            revenue_marketing_cents: `CASE WHEN e.to_status = 'WON' AND l.source IN ('VENDOR_MARKETING', 'PARTNER_MARKETING')
              THEN (coalesce(d.final_amount, d.amount) * 100)::bigint ELSE 0 END`,
            cycle_ms: `CASE WHEN e.to_status = 'WON'
              THEN coalesce(floor(extract(epoch FROM e."at" - d.submitted_at) * 1000)::bigint, 0) ELSE 0 END`,
            cycle_n: `(e.to_status = 'WON' AND d.submitted_at IS NOT NULL)::int`,
          })}
          FROM deal_event e JOIN deal_registration d ON d.id = e.deal_id LEFT JOIN lead l ON l.id = d.lead_id
          WHERE e.to_status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'DUPLICATE', 'WON', 'LOST', 'EXPIRED')
        ) x
        GROUP BY 1, 2;
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
    await queryRunner.query(`SELECT tandem_rebuild_partner_funnel_days()`);

    // The reader: per span (whole UTC days [a, b)) and partner, the sums of the parts. Planned for
    // the actual arguments each time (EXECUTE), so the read is sized right and hashed.
    await queryRunner.query(`CREATE FUNCTION tandem_funnel_day_sums(p_partners uuid[], p_i integer[], p_a date[], p_b date[])
      RETURNS TABLE (i integer, partner_id uuid,
        ${COUNTS.map((c) => `${c} bigint`).join(', ')}, ${SUMS.map((c) => `${c} numeric`).join(', ')})
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE span_of text;
      BEGIN
        IF coalesce(current_setting('tandem.scope', true), '') <> 'system'
           OR coalesce(cardinality(p_i), 0) = 0 THEN RETURN; END IF;
        SELECT 'CASE ' || string_agg(format('WHEN f.day >= %L::date AND f.day < %L::date THEN %s',
                                            p_a[k], p_b[k], p_i[k]), ' ') || ' END'
          INTO span_of FROM generate_subscripts(p_i, 1) k;
        RETURN QUERY EXECUTE format(
          'SELECT y.* FROM (SELECT (%s)::integer AS i, f.partner_id, ${COLUMNS.map((c) => `sum(f.${c})`).join(', ')}
             FROM partner_funnel_day f
             WHERE f.partner_id = ANY($1) AND f.day >= $2 AND f.day < $3 GROUP BY 1, 2) y
           WHERE y.i IS NOT NULL', span_of)
          USING p_partners, (SELECT min(a) FROM unnest(p_a) a), (SELECT max(b) FROM unnest(p_b) b);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION tandem_funnel_day_sums(uuid[], integer[], date[], date[])`,
    );
    await queryRunner.query(`DROP TRIGGER funnel_day_from_deal_delete ON deal_registration`);
    await queryRunner.query(`DROP TRIGGER funnel_day_from_deal ON deal_registration`);
    await queryRunner.query(`DROP TRIGGER funnel_day_from_deal_event ON deal_event`);
    await queryRunner.query(`DROP TRIGGER funnel_day_from_offer ON lead_offer`);
    await queryRunner.query(`DROP TRIGGER funnel_day_from_milestone ON lead_milestone`);
    for (const fn of [
      'tandem_rebuild_partner_funnel_days()',
      'tandem_funnel_day_deal_trigger()',
      'tandem_funnel_day_deal_event_trigger()',
      'tandem_funnel_day_offer_trigger()',
      'tandem_funnel_day_milestone_trigger()',
      'tandem_funnel_day_deal(deal_event, deal_registration, integer)',
      'tandem_funnel_day_offer(lead_offer, integer)',
      'tandem_funnel_day_milestone(lead_milestone, integer)',
    ])
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP FUNCTION tandem_funnel_day_bump`);
    await queryRunner.query(`DROP TABLE partner_funnel_day`);
  }
}
