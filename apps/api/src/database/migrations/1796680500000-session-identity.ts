import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every request re-reads its user (so disabling someone or suspending their partner acts on the
 * next request). This function does it in one statement instead of a four-statement system
 * transaction: it lifts the scope for that one read of the user and their partner's status, and
 * puts the caller's scope back.
 */
export class SessionIdentity1796680500000 implements MigrationInterface {
  name = 'SessionIdentity1796680500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION tandem_session_identity(p_user uuid)
      RETURNS TABLE (id uuid, email text, name text, role text, partner_id uuid, status text, partner_status text)
      LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), '');
      BEGIN
        PERFORM set_config('tandem.scope', 'system', true);
        RETURN QUERY
          SELECT u.id, u.email::text, u.name, u.role, u.partner_id, u.status, p.status
          FROM app_user u LEFT JOIN partner p ON p.id = u.partner_id
          WHERE u.id = p_user;
        PERFORM set_config('tandem.scope', prev, true);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION tandem_session_identity(uuid)`);
  }
}
