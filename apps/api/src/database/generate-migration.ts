import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

const MIGRATIONS_DIR = join('apps', 'api', 'src', 'database', 'migrations');

/**
 * Compares the entities with a database that has every migration applied and writes the
 * difference as a new migration file (what `typeorm migration:generate` does, without ts-node).
 */
export async function generateMigration(ownerUrl: string, name: string): Promise<string | null> {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error('Name the migration in PascalCase, e.g. AddLeads');
  const ds = new DataSource(dataSourceOptions(ownerUrl, 1));
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return null;
    const stamp = Date.now();
    const esc = (q: string) => q.replace(/`/g, '\\`');
    const up = sql.upQueries
      .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const className = `${name}${stamp}`;
    const file = join(
      MIGRATIONS_DIR,
      `${stamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    return file;
  } finally {
    await ds.destroy();
  }
}
