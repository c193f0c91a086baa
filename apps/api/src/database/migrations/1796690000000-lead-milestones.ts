import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lead milestones: for every (partner, lead), the first time the lead reached the partner
 * (received: its first stage event there or its first offer), became an MQL there (or was offered,
 * which hands over an MQL), became an SQL and an opportunity. These are the cohort dates the metric
 * layer counts (docs/metrics.md); before this table every report recomputed them from the whole
 * event history of every partner in the selection.
 *
 * The table is kept by triggers in the same transaction as the events themselves: any insert of a
 * stage event, or any insert, status change or removal of an offer, recomputes that one
 * (partner, lead) row from its source rows, so the row is always exactly what the events say (no
 * drift, whoever writes the events; an advisory lock per row keeps concurrent writers apart).
 * `tandem_rebuild_lead_milestones()` rebuilds the whole table the same way (this migration's
 * backfill, and bulk loads that skip triggers). See docs/decisions/0016-funnel-rollups.md.
 */
export class LeadMilestones1796690000000 implements MigrationInterface {
  name = 'LeadMilestones1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE lead_milestone (
      partner_id uuid NOT NULL,
      lead_id uuid NOT NULL,
      received_at timestamptz,
      mql_at timestamptz,
      sql_at timestamptz,
      opp_at timestamptz,
      CONSTRAINT pk_lead_milestone PRIMARY KEY (partner_id, lead_id))`);
    for (const col of ['received_at', 'mql_at', 'sql_at', 'opp_at'])
      await queryRunner.query(
        `CREATE INDEX idx_lead_milestone_${col} ON lead_milestone (partner_id, ${col}) WHERE ${col} IS NOT NULL`,
      );
    await queryRunner.query(`CREATE INDEX idx_lead_milestone_lead ON lead_milestone (lead_id)`);
    // The offer and deal side of the funnel read by period (offers made, due, decided; deal events).
    await queryRunner.query(
      `CREATE INDEX idx_lead_offer_partner_offered ON lead_offer (partner_id, offered_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_lead_offer_partner_due ON lead_offer (partner_id, accept_due_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_deal_event_partner_at ON deal_event (partner_id, "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_lead_offer_partner_decided ON lead_offer (partner_id, decided_at) WHERE status = 'REJECTED'`,
    );

    // Readable like the events it comes from; written only by the functions below (system scope).
    await queryRunner.query(`ALTER TABLE lead_milestone ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE lead_milestone FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY milestone_read ON lead_milestone FOR SELECT
      USING (tandem_sees_partner(partner_id))`);
    await queryRunner.query(`CREATE POLICY milestone_write ON lead_milestone FOR ALL
      USING (tandem_scope() = 'system') WITH CHECK (tandem_scope() = 'system')`);

    // The milestone dates of one (partner, lead) from its source rows: the same definitions as the
    // funnel_event view's LEAD and OFFERED rows.
    await queryRunner.query(`CREATE FUNCTION tandem_refresh_lead_milestone(p_partner uuid, p_lead uuid)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), '');
        r record;
      BEGIN
        IF p_partner IS NULL OR p_lead IS NULL THEN RETURN; END IF;
        -- One writer per (partner, lead) at a time, and the read below then sees the events of any
        -- transaction that held the lock before (read committed takes a new snapshot per statement),
        -- so concurrent events for one lead cannot overwrite each other's dates.
        PERFORM pg_advisory_xact_lock(hashtextextended('lead_milestone:' || p_partner || ':' || p_lead, 0));
        PERFORM set_config('tandem.scope', 'system', true);
        SELECT min(at) FILTER (WHERE step IN ('LEAD', 'OFFERED')) AS received_at,
               min(at) FILTER (WHERE step IN ('MQL', 'OFFERED')) AS mql_at,
               min(at) FILTER (WHERE step = 'SQL') AS sql_at,
               min(at) FILTER (WHERE step = 'OPPORTUNITY') AS opp_at
          INTO r
          FROM (SELECT e.stage AS step, e.occurred_at AS at FROM lead_stage_event e
                 WHERE e.lead_id = p_lead AND e.partner_id = p_partner
                   AND e.stage IN ('LEAD', 'MQL', 'SQL', 'OPPORTUNITY')
                UNION ALL
                SELECT 'OFFERED', o.offered_at FROM lead_offer o
                 WHERE o.lead_id = p_lead AND o.partner_id = p_partner AND o.status <> 'WITHDRAWN') x;
        IF r.received_at IS NULL AND r.mql_at IS NULL AND r.sql_at IS NULL AND r.opp_at IS NULL THEN
          DELETE FROM lead_milestone WHERE partner_id = p_partner AND lead_id = p_lead;
        ELSE
          INSERT INTO lead_milestone (partner_id, lead_id, received_at, mql_at, sql_at, opp_at)
          VALUES (p_partner, p_lead, r.received_at, r.mql_at, r.sql_at, r.opp_at)
          ON CONFLICT (partner_id, lead_id) DO UPDATE SET
            received_at = EXCLUDED.received_at, mql_at = EXCLUDED.mql_at,
            sql_at = EXCLUDED.sql_at, opp_at = EXCLUDED.opp_at
          WHERE (lead_milestone.received_at, lead_milestone.mql_at, lead_milestone.sql_at, lead_milestone.opp_at)
            IS DISTINCT FROM (EXCLUDED.received_at, EXCLUDED.mql_at, EXCLUDED.sql_at, EXCLUDED.opp_at);
        END IF;
        PERFORM set_config('tandem.scope', prev, true);
      END $$`);

    await queryRunner.query(`CREATE FUNCTION tandem_lead_milestone_trigger() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM tandem_refresh_lead_milestone(OLD.partner_id, OLD.lead_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE')
           AND (TG_OP = 'INSERT' OR NEW.partner_id IS DISTINCT FROM OLD.partner_id
                OR NEW.lead_id IS DISTINCT FROM OLD.lead_id) THEN
          PERFORM tandem_refresh_lead_milestone(NEW.partner_id, NEW.lead_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER lead_milestone_from_stage_event
      AFTER INSERT OR UPDATE OR DELETE ON lead_stage_event
      FOR EACH ROW EXECUTE FUNCTION tandem_lead_milestone_trigger()`);
    await queryRunner.query(`CREATE TRIGGER lead_milestone_from_offer
      AFTER INSERT OR DELETE OR UPDATE OF status, offered_at, partner_id, lead_id ON lead_offer
      FOR EACH ROW EXECUTE FUNCTION tandem_lead_milestone_trigger()`);

    // The whole table from the events in one statement (backfill, and bulk loads without triggers).
    await queryRunner.query(`CREATE FUNCTION tandem_rebuild_lead_milestones() RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); n bigint;
      BEGIN
        PERFORM set_config('tandem.scope', 'system', true);
        DELETE FROM lead_milestone;
        INSERT INTO lead_milestone (partner_id, lead_id, received_at, mql_at, sql_at, opp_at)
          SELECT partner_id, lead_id,
                 min(at) FILTER (WHERE step IN ('LEAD', 'OFFERED')),
                 min(at) FILTER (WHERE step IN ('MQL', 'OFFERED')),
                 min(at) FILTER (WHERE step = 'SQL'),
                 min(at) FILTER (WHERE step = 'OPPORTUNITY')
          FROM (SELECT e.partner_id, e.lead_id, e.stage AS step, e.occurred_at AS at FROM lead_stage_event e
                 WHERE e.partner_id IS NOT NULL AND e.stage IN ('LEAD', 'MQL', 'SQL', 'OPPORTUNITY')
                UNION ALL
                SELECT o.partner_id, o.lead_id, 'OFFERED', o.offered_at FROM lead_offer o
                 WHERE o.status <> 'WITHDRAWN') x
          GROUP BY partner_id, lead_id;
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
    await queryRunner.query(`SELECT tandem_rebuild_lead_milestones()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER lead_milestone_from_offer ON lead_offer`);
    await queryRunner.query(`DROP TRIGGER lead_milestone_from_stage_event ON lead_stage_event`);
    await queryRunner.query(`DROP FUNCTION tandem_rebuild_lead_milestones()`);
    await queryRunner.query(`DROP FUNCTION tandem_lead_milestone_trigger()`);
    await queryRunner.query(`DROP FUNCTION tandem_refresh_lead_milestone(uuid, uuid)`);
    await queryRunner.query(`DROP INDEX idx_lead_offer_partner_decided`);
    await queryRunner.query(`DROP INDEX idx_deal_event_partner_at`);
    await queryRunner.query(`DROP INDEX idx_lead_offer_partner_due`);
    await queryRunner.query(`DROP INDEX idx_lead_offer_partner_offered`);
    await queryRunner.query(`DROP TABLE lead_milestone`);
  }
}
