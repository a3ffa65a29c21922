import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, IntegrationSettingsTable } from '../../db/database';

export type SettingsRow = Selectable<IntegrationSettingsTable>;
export type SettingsPatch = Omit<Updateable<IntegrationSettingsTable>, 'id' | 'updated_at'>;

const ID = 1;

/** All SQL on the singleton `integration_settings` row. */
export function settingsRepository(db: Kysely<Database>) {
  return {
    find: () => db.selectFrom('integration_settings').selectAll().where('id', '=', ID).executeTakeFirst(),
    /** Insert-or-update of the one row, so callers never care whether it exists yet. */
    async upsert(patch: SettingsPatch): Promise<void> {
      const updated_at = new Date().toISOString();
      await db
        .insertInto('integration_settings')
        .values({ ...patch, id: ID, updated_at })
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...patch, updated_at }))
        .execute();
    },
  };
}
