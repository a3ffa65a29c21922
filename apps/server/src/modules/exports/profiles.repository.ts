import type { Kysely } from 'kysely';
import { ExportProfileSchema, type ExportProfile } from '@plainstaff/contracts/exports';
import type { Database } from '../../db/database';

/** The export settings a project remembers from its last export. */
export function profilesRepository(db: Kysely<Database>) {
  return {
    async get(projectId: number): Promise<ExportProfile> {
      const row = await db
        .selectFrom('export_profiles')
        .select('profile')
        .where('project_id', '=', projectId)
        .executeTakeFirst();
      const parsed = ExportProfileSchema.safeParse(row ? JSON.parse(row.profile) : {});
      return parsed.success ? parsed.data : ExportProfileSchema.parse({});
    },
    async save(projectId: number, profile: ExportProfile): Promise<void> {
      const values = { profile: JSON.stringify(profile), updated_at: new Date().toISOString() };
      await db
        .insertInto('export_profiles')
        .values({ project_id: projectId, ...values })
        .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
        .execute();
    },
  };
}
