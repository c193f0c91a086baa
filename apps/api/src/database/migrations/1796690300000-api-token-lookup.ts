import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every request with an API token looks the token up (no cache, so revocation acts at once). Like
 * the session re-check, this is one statement instead of a four-statement system transaction: the
 * function lifts the scope for that one read by the secret's hash and puts the caller's back.
 */
export class ApiTokenLookup1796690300000 implements MigrationInterface {
  name = 'ApiTokenLookup1796690300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION tandem_api_token_by_hash(p_hash text)
      RETURNS TABLE (id uuid, name text, partner_id uuid, created_by_user_id uuid, permissions text[],
                     rate_limit_per_minute integer, expires_at timestamptz, last_used_at timestamptz,
                     revoked_at timestamptz)
      LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), '');
      BEGIN
        PERFORM set_config('tandem.scope', 'system', true);
        RETURN QUERY
          SELECT t.id, t.name, t.partner_id, t.created_by_user_id, t.permissions,
                 t.rate_limit_per_minute, t.expires_at, t.last_used_at, t.revoked_at
          FROM api_token t WHERE t.secret_hash = p_hash;
        PERFORM set_config('tandem.scope', prev, true);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION tandem_api_token_by_hash(text)`);
  }
}
