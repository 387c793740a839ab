import type { Selectable } from 'kysely';
import type { Role } from '../../core/auth/roles';
import type { StoreDatabase } from './schema';
import { personRecordStatements } from './person-records';
import type { Engine } from './kysely/engine';
import { preparedQuery } from './kysely/prepared-query';
import { camelCased, snakeCased, type CamelCased } from './kysely/row-keys';

type Row<T extends keyof StoreDatabase> = Selectable<StoreDatabase[T]>;

// The stores' objects are the rows camelCased (row-keys.ts); only JSON columns become what they hold.
/** A staff account as stored (the password hash never leaves the server). */
export type StoredUser = Omit<CamelCased<Row<'users'>>, 'updatedAt'>;
export type StoredDevice = Omit<CamelCased<Row<'devices'>>, 'eventIds'> & { eventIds: string[] };
type EnrollmentGrant = Omit<CamelCased<Row<'enrollment_tokens'>>, 'eventIds' | 'usedAt' | 'usedByDevice'> & { eventIds: string[] };
export type AuditEntry = Omit<CamelCased<Row<'audit_log'>>, 'details'> & { details: Record<string, unknown> | null };

const userOf = ({ updated_at: _, ...row }: Row<'users'>): StoredUser => camelCased(row);
const deviceOf = (row: Row<'devices'>): StoredDevice => ({ ...camelCased(row), eventIds: JSON.parse(row.event_ids) as string[] });
const auditOf = (row: Row<'audit_log'>): AuditEntry => ({ ...camelCased(row), details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>) });
const userRow = (user: StoredUser): StoreDatabase['users'] => ({ ...snakeCased(user), updated_at: user.createdAt });

// The statements every device push runs, compiled once: a revoked device is still refused on its very next
// request, since nothing but the SQL text is kept between requests.
const deviceQuery = preparedQuery<{ deviceId: string }, Row<'devices'>>((db, p) => db.selectFrom('devices').selectAll().where('device_id', '=', p('deviceId')));
const touchQuery = preparedQuery<{ deviceId: string; at: string }, unknown>((db, p) =>
  db.updateTable('devices').set({ last_sync_at: p('at') }).where('device_id', '=', p('deviceId')),
);
const hitQuery = preparedQuery<{ bucket: string; windowStart: string }, { hits: number }>((db, p) =>
  db
    .insertInto('rate_limit_windows')
    .values({ bucket: p('bucket'), window_start: p('windowStart'), hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })))
    .returning('hits'),
);

/**
 * Accounts, sessions, devices, one-time tokens, audit log and rate-limit windows. Everything that must be
 * shared by several server processes lives here, in the database. Times are ISO 8601 UTC strings. Each step
 * that must be atomic is one statement (a conditional UPDATE … RETURNING, an upsert), so no transaction is needed.
 */
export function authStore(engine: Engine) {
  const db = () => engine.db();
  const users = () => db().selectFrom('users').selectAll();
  const userWhere = async (column: 'id' | 'email', value: string): Promise<StoredUser | undefined> => {
    const row = await users().where(column, '=', value).executeTakeFirst();
    return row && userOf(row);
  };
  return {
    countUsers: async (): Promise<number> => Number((await db().selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    userById: (id: string) => userWhere('id', id),
    userByEmail: (email: string) => userWhere('email', email),
    listUsers: async (): Promise<StoredUser[]> => (await users().orderBy('created_at').orderBy('id').execute()).map(userOf),
    /** false when the email is taken. */
    createUser: async (user: StoredUser): Promise<boolean> => {
      const result = await db().insertInto('users').values(userRow(user)).onConflict((oc) => oc.column('email').doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    // Kysely leaves out the fields the patch leaves undefined.
    updateUser: async (id: string, patch: { name?: string; role?: Role; disabledAt?: string | null }, at: string) => {
      await db()
        .updateTable('users')
        .set({ updated_at: at, ...snakeCased(patch) })
        .where('id', '=', id)
        .execute();
      return userWhere('id', id);
    },

    addSetupToken: async (tokenHash: string, at: string): Promise<void> => {
      await db().insertInto('setup_tokens').values({ token_hash: tokenHash, created_at: at, used_at: null }).execute();
    },
    /** Consumes an unused setup token and creates the first user, only while there is no user at all. */
    completeSetup: async (tokenHash: string, user: StoredUser): Promise<'created' | 'token_invalid' | 'already_done'> => {
      const used = await db()
        .updateTable('setup_tokens')
        .set({ used_at: user.createdAt })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('users').select('id'))))
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return (await db().selectFrom('users').select('id').executeTakeFirst()) ? 'already_done' : 'token_invalid';
      await db().insertInto('users').values(userRow(user)).execute();
      return 'created';
    },

    createSession: async (tokenHash: string, userId: string, at: string, expiresAt: string): Promise<void> => {
      await db().insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: at, expires_at: expiresAt }).execute();
    },
    /** The session's user while the session is unexpired at `now`. */
    sessionUser: async (tokenHash: string, now: string): Promise<{ user: StoredUser; expiresAt: string } | undefined> => {
      const row = await db()
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select('sessions.expires_at as session_expires_at')
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      const { session_expires_at: expiresAt, ...user } = row;
      return { user: userOf(user), expiresAt };
    },
    extendSession: async (tokenHash: string, expiresAt: string): Promise<void> => {
      await db().updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
    },
    deleteSession: async (tokenHash: string): Promise<void> => {
      await db().deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    deleteSessionsOf: async (userId: string): Promise<void> => {
      await db().deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    /** The events a campo account is assigned to, sorted (none: it touches no event). */
    userEvents: async (userId: string): Promise<string[]> =>
      (await db().selectFrom('user_events').select('event_id').where('user_id', '=', userId).orderBy('event_id').execute()).map((r) => r.event_id),
    /** Replaces the account's assigned events. */
    setUserEvents: (userId: string, eventIds: readonly string[], at: string): Promise<void> =>
      engine.inTransaction(async (tx) => {
        await tx.deleteFrom('user_events').where('user_id', '=', userId).execute();
        if (eventIds.length > 0) await tx.insertInto('user_events').values(eventIds.map((event_id) => ({ user_id: userId, event_id, assigned_at: at }))).execute();
      }),

    addEnrollment: async (grant: EnrollmentGrant): Promise<void> => {
      await db()
        .insertInto('enrollment_tokens')
        .values({ ...snakeCased(grant), event_ids: JSON.stringify(grant.eventIds), used_at: null, used_by_device: null })
        .execute();
    },
    /**
     * Uses an unexpired, unused enrollment token and (re-)enrolls the device with a new secret: a revoked
     * device enrolled again gets a new credential and is no longer revoked.
     */
    enroll: async (
      tokenHash: string,
      device: { deviceId: string; label?: string; secretHash: string },
      at: string,
    ): Promise<StoredDevice | undefined> => {
      const grant = await db()
        .updateTable('enrollment_tokens')
        .set({ used_at: at, used_by_device: device.deviceId })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returning(['label', 'event_ids', 'created_by'])
        .executeTakeFirst();
      if (!grant) return undefined;
      const row: StoreDatabase['devices'] = {
        device_id: device.deviceId,
        label: device.label ?? grant.label,
        event_ids: grant.event_ids,
        secret_hash: device.secretHash,
        enrolled_by: grant.created_by,
        enrolled_at: at,
        last_sync_at: null,
        revoked_at: null,
      };
      // Enrolled again: everything but its id and last sync is replaced (revoked_at with null).
      const { device_id: _, last_sync_at: __, ...enrollment } = row;
      const stored = await db()
        .insertInto('devices')
        .values(row)
        .onConflict((oc) => oc.column('device_id').doUpdateSet(enrollment))
        .returningAll()
        .executeTakeFirstOrThrow();
      return deviceOf(stored);
    },
    deviceById: async (deviceId: string): Promise<StoredDevice | undefined> => {
      const [row] = (await deviceQuery(db(), { deviceId })).rows;
      return row && deviceOf(row);
    },
    listDevices: async (): Promise<StoredDevice[]> =>
      (await db().selectFrom('devices').selectAll().orderBy('enrolled_at').orderBy('device_id').execute()).map(deviceOf),
    /** false when there is no such device; revoking again keeps the first date. */
    revokeDevice: async (deviceId: string, at: string): Promise<boolean> => {
      const result = await db()
        .updateTable('devices')
        .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
        .where('device_id', '=', deviceId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Renames a device ("Puerta norte, tableta 2"); false when there is no such device. */
    relabelDevice: async (deviceId: string, label: string): Promise<boolean> => {
      const result = await db().updateTable('devices').set({ label }).where('device_id', '=', deviceId).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    touchDeviceSync: async (deviceId: string, at: string): Promise<void> => {
      await touchQuery(db(), { deviceId, at });
    },

    appendAudit: async (entry: AuditEntry): Promise<void> => {
      await db()
        .insertInto('audit_log')
        .values({ ...snakeCased(entry), details: entry.details === null ? null : JSON.stringify(entry.details) })
        .execute();
    },
    /** Newest first; `before` is an entry's (at, id) to page on. */
    listAudit: async (limit: number, before?: { at: string; id: string }): Promise<AuditEntry[]> => {
      let query = db().selectFrom('audit_log').selectAll();
      if (before) query = query.where((eb) => eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]));
      return (await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(auditOf);
    },
    /** The entries about one target (a commitment's id), oldest first, at most `limit`. */
    auditOf: async (target: string, limit: number): Promise<AuditEntry[]> =>
      (await db().selectFrom('audit_log').selectAll().where('target', '=', target).orderBy('at', 'asc').orderBy('id', 'asc').limit(limit).execute()).map(auditOf),

    /** Counts one hit in a fixed window and returns the hits so far in it (this one included). */
    hit: async (bucket: string, windowStart: string): Promise<number> => Number((await hitQuery(db(), { bucket, windowStart })).rows[0]!.hits),
    /** Forgets windows that started before `before`. */
    pruneWindows: async (before: string): Promise<void> => {
      await db().deleteFrom('rate_limit_windows').where('window_start', '<', before).execute();
    },

    ...personRecordStatements(engine),
  };
}

export type AuthStore = ReturnType<typeof authStore>;
