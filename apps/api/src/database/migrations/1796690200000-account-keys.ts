import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The "already engaged?" check and the conflict search compare an account with every active
 * registration and the vendor's account list by domain and by trigram similarity of the name.
 * Under row-level security Postgres cannot use the trigram index for that: `%` is not leakproof,
 * so it may only run after each row passed the policy, and the search read every active
 * registration of the country (found by the benchmark: 20–100 ms at 250,000 registrations).
 *
 * `account_key` is a projection of just the matching keys — active registrations and account-list
 * entries — kept by triggers. It has no row-level security and the API's role has no privilege on
 * it (`grantAppRole` revokes them): it is read only by `tandem_account_matches`, a SECURITY
 * DEFINER function that answers only the system scope, which the two searches take for that one
 * read as before — they still answer yes/no to partners and record conflicts only the vendor can
 * read. With no policy in the way the trigram and domain indexes answer directly.
 */
export class AccountKeys1796690200000 implements MigrationInterface {
  name = 'AccountKeys1796690200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE account_key (
      id uuid PRIMARY KEY,
      source text NOT NULL,
      partner_id uuid,
      account_kind text,
      country character(2),
      domain text,
      normalized_name text NOT NULL,
      submitted_at timestamptz)`);
    await queryRunner.query(
      `CREATE INDEX idx_account_key_domain ON account_key (domain) WHERE domain IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_account_key_name_trgm ON account_key USING gin (normalized_name gin_trgm_ops)`,
    );
    await queryRunner.query(`REVOKE ALL ON account_key FROM PUBLIC`);

    await queryRunner.query(`CREATE FUNCTION tandem_account_key_from_deal() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM account_key WHERE id = OLD.id; END IF;
        IF TG_OP <> 'DELETE' AND NEW.status IN ('SUBMITTED', 'APPROVED') THEN
          INSERT INTO account_key (id, source, partner_id, country, domain, normalized_name, submitted_at)
          VALUES (NEW.id, 'DEAL', NEW.partner_id, NEW.country, NEW.domain, NEW.normalized_name, NEW.submitted_at);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION tandem_account_key_from_account() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM account_key WHERE id = OLD.id; END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO account_key (id, source, account_kind, country, domain, normalized_name)
          VALUES (NEW.id, 'ACCOUNT', NEW.kind, NEW.country, NEW.domain, NEW.normalized_name);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER account_key_from_deal
      AFTER INSERT OR DELETE OR UPDATE OF status, partner_id, country, domain, normalized_name, submitted_at
      ON deal_registration FOR EACH ROW EXECUTE FUNCTION tandem_account_key_from_deal()`);
    await queryRunner.query(`CREATE TRIGGER account_key_from_account
      AFTER INSERT OR DELETE OR UPDATE OF kind, country, domain, normalized_name
      ON account_list_entry FOR EACH ROW EXECUTE FUNCTION tandem_account_key_from_account()`);
    await queryRunner.query(`CREATE FUNCTION tandem_rebuild_account_keys() RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); n bigint;
      BEGIN
        PERFORM set_config('tandem.scope', 'system', true);
        DELETE FROM account_key;
        INSERT INTO account_key (id, source, partner_id, country, domain, normalized_name, submitted_at)
          SELECT id, 'DEAL', partner_id, country, domain, normalized_name, submitted_at
          FROM deal_registration WHERE status IN ('SUBMITTED', 'APPROVED');
        INSERT INTO account_key (id, source, account_kind, country, domain, normalized_name)
          SELECT id, 'ACCOUNT', kind, country, domain, normalized_name FROM account_list_entry;
        SELECT count(*) INTO n FROM account_key;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
    await queryRunner.query(`SELECT tandem_rebuild_account_keys()`);

    // The one reader of the projection: every key matching an account by domain or similar name.
    // It runs as the owner (the API's role cannot read the table) and answers only the system
    // scope, which the two searches below take for this one read, as before.
    await queryRunner.query(`CREATE FUNCTION tandem_account_matches(p_domain text, p_name text, p_country text, p_threshold float8)
      RETURNS TABLE (id uuid, source text, partner_id uuid, account_kind text, domain text,
                     normalized_name text, submitted_at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF coalesce(current_setting('tandem.scope', true), '') <> 'system' THEN RETURN; END IF;
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        -- Two index reads rather than one OR: PL/pgSQL soon plans this once for any arguments, and
        -- a generic plan for the OR form reads the whole table.
        RETURN QUERY
          SELECT k.id, k.source, k.partner_id, k.account_kind, k.domain, k.normalized_name, k.submitted_at
          FROM account_key k WHERE p_domain IS NOT NULL AND k.domain = p_domain
          UNION
          SELECT k.id, k.source, k.partner_id, k.account_kind, k.domain, k.normalized_name, k.submitted_at
          FROM account_key k
          WHERE p_name IS NOT NULL AND k.country = p_country AND k.normalized_name % p_name;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tandem_account_engaged(p_domain text, p_name text, p_country text, p_threshold float8)
      RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); hit boolean;
      BEGIN
        IF prev NOT IN ('vendor', 'partner', 'system') THEN RETURN false; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        SELECT EXISTS (SELECT 1 FROM tandem_account_matches(p_domain, p_name, p_country, p_threshold)) INTO hit;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN hit;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tandem_record_deal_conflicts(p_deal uuid, p_threshold float8)
      RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); d deal_registration%ROWTYPE; n integer;
      BEGIN
        SELECT * INTO d FROM deal_registration WHERE id = p_deal;
        IF NOT FOUND OR prev NOT IN ('vendor', 'partner', 'system') THEN RETURN 0; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        DELETE FROM deal_conflict WHERE deal_id = d.id;
        INSERT INTO deal_conflict (deal_id, kind, other_deal_id, account_id, similarity, other_predates)
          SELECT d.id,
                 CASE WHEN k.source = 'ACCOUNT' AND k.account_kind = 'CUSTOMER' THEN 'EXISTING_CUSTOMER'
                      WHEN k.source = 'ACCOUNT' THEN 'DIRECT_OPPORTUNITY'
                      WHEN d.domain IS NOT NULL AND k.domain = d.domain THEN 'SAME_DOMAIN'
                      ELSE 'SIMILAR_NAME' END,
                 CASE WHEN k.source = 'DEAL' THEN k.id END,
                 CASE WHEN k.source = 'ACCOUNT' THEN k.id END,
                 similarity(k.normalized_name, d.normalized_name),
                 CASE WHEN k.source = 'DEAL' THEN k.submitted_at <= d.submitted_at ELSE true END
          FROM tandem_account_matches(d.domain, d.normalized_name, d.country, p_threshold) k
          WHERE k.source = 'ACCOUNT' OR (k.id <> d.id AND k.partner_id <> d.partner_id);
        SELECT count(*) INTO n FROM deal_conflict WHERE deal_id = d.id;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The searches over the tables themselves, as in Deals1795450970295.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tandem_account_engaged(p_domain text, p_name text, p_country text, p_threshold float8)
      RETURNS boolean LANGUAGE plpgsql SECURITY INVOKER AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); hit boolean;
      BEGIN
        IF prev NOT IN ('vendor', 'partner', 'system') THEN RETURN false; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        SELECT EXISTS (
            SELECT 1 FROM deal_registration d WHERE d.status IN ('SUBMITTED', 'APPROVED')
              AND ((p_domain IS NOT NULL AND d.domain = p_domain)
                OR (p_name IS NOT NULL AND d.country = p_country AND d.normalized_name % p_name)))
          OR EXISTS (
            SELECT 1 FROM account_list_entry a
            WHERE (p_domain IS NOT NULL AND a.domain = p_domain)
               OR (p_name IS NOT NULL AND a.country = p_country AND a.normalized_name % p_name))
          INTO hit;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN hit;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tandem_record_deal_conflicts(p_deal uuid, p_threshold float8)
      RETURNS integer LANGUAGE plpgsql SECURITY INVOKER AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); d deal_registration%ROWTYPE; n integer;
      BEGIN
        SELECT * INTO d FROM deal_registration WHERE id = p_deal;
        IF NOT FOUND OR prev NOT IN ('vendor', 'partner', 'system') THEN RETURN 0; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        DELETE FROM deal_conflict WHERE deal_id = d.id;
        INSERT INTO deal_conflict (deal_id, kind, other_deal_id, similarity, other_predates)
          SELECT d.id,
                 CASE WHEN d.domain IS NOT NULL AND o.domain = d.domain THEN 'SAME_DOMAIN' ELSE 'SIMILAR_NAME' END,
                 o.id, similarity(o.normalized_name, d.normalized_name),
                 o.submitted_at <= d.submitted_at
          FROM deal_registration o
          WHERE o.id <> d.id AND o.partner_id <> d.partner_id AND o.status IN ('SUBMITTED', 'APPROVED')
            AND ((d.domain IS NOT NULL AND o.domain = d.domain)
              OR (o.country = d.country AND o.normalized_name % d.normalized_name));
        INSERT INTO deal_conflict (deal_id, kind, account_id, similarity, other_predates)
          SELECT d.id, CASE WHEN a.kind = 'CUSTOMER' THEN 'EXISTING_CUSTOMER' ELSE 'DIRECT_OPPORTUNITY' END,
                 a.id, similarity(a.normalized_name, d.normalized_name), true
          FROM account_list_entry a
          WHERE (d.domain IS NOT NULL AND a.domain = d.domain)
             OR (a.country = d.country AND a.normalized_name % d.normalized_name);
        SELECT count(*) INTO n FROM deal_conflict WHERE deal_id = d.id;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
    await queryRunner.query(`DROP TRIGGER account_key_from_account ON account_list_entry`);
    await queryRunner.query(`DROP TRIGGER account_key_from_deal ON deal_registration`);
    await queryRunner.query(`DROP FUNCTION tandem_account_matches(text, text, text, float8)`);
    await queryRunner.query(`DROP FUNCTION tandem_rebuild_account_keys()`);
    await queryRunner.query(`DROP FUNCTION tandem_account_key_from_account()`);
    await queryRunner.query(`DROP FUNCTION tandem_account_key_from_deal()`);
    await queryRunner.query(`DROP TABLE account_key`);
  }
}
