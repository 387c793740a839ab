import type { Selectable } from 'kysely';
import type { Role } from '../../core/auth/roles';
import type { StoreDatabase } from './schema';
import { personRecordStatements } from './person-records';
import { changedOne, type Engine } from './kysely/engine';
import { preparedQuery } from './kysely/prepared-query';

type Row<T extends keyof StoreDatabase> = Selectable<StoreDatabase[T]>;

// The stores' objects are the rows as read; only JSON columns become what they hold.
/** A staff account as stored (the password hash never leaves the server). */
export type StoredUser = Omit<Row<'users'>, 'updatedAt'>;
export type StoredDevice = Omit<Row<'devices'>, 'eventIds'> & { eventIds: string[] };
type EnrollmentGrant = Omit<Row<'enrollment_tokens'>, 'eventIds' | 'usedAt' | 'usedByDevice'> & { eventIds: string[] };
export type AuditEntry = Omit<Row<'audit_log'>, 'details'> & { details: Record<string, unknown> | null };

const userOf = ({ updatedAt: _, ...user }: Row<'users'>): StoredUser => user;
const deviceOf = (row: Row<'devices'>): StoredDevice => ({ ...row, eventIds: JSON.parse(row.eventIds) as string[] });
const auditOf = (row: Row<'audit_log'>): AuditEntry => ({ ...row, details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>) });
const userRow = (user: StoredUser): Row<'users'> => ({ ...user, updatedAt: user.createdAt });

// The statements every device push runs, compiled once: a revoked device is still refused on its very next
// request, since nothing but the SQL text is kept between requests.
const deviceQuery = preparedQuery<{ deviceId: string }, Row<'devices'>>((db, p) => db.selectFrom('devices').selectAll().where('deviceId', '=', p('deviceId')));
const touchQuery = preparedQuery<{ deviceId: string; at: string }, unknown>((db, p) =>
  db.updateTable('devices').set({ lastSyncAt: p('at') }).where('deviceId', '=', p('deviceId')),
);
const hitQuery = preparedQuery<{ bucket: string; windowStart: string }, { hits: number }>((db, p) =>
  db
    .insertInto('rate_limit_windows')
    .values({ bucket: p('bucket'), windowStart: p('windowStart'), hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'windowStart']).doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })))
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
    listUsers: async (): Promise<StoredUser[]> => (await users().orderBy('createdAt').orderBy('id').execute()).map(userOf),
    /** false when the email is taken. */
    createUser: async (user: StoredUser): Promise<boolean> =>
      changedOne(await db().insertInto('users').values(userRow(user)).onConflict((oc) => oc.column('email').doNothing()).executeTakeFirst()),
    // Kysely leaves out the fields the patch leaves undefined.
    updateUser: async (id: string, patch: { name?: string; role?: Role; disabledAt?: string | null }, at: string) => {
      await db()
        .updateTable('users')
        .set({ updatedAt: at, ...patch })
        .where('id', '=', id)
        .execute();
      return userWhere('id', id);
    },

    addSetupToken: async (tokenHash: string, at: string): Promise<void> => {
      await db().insertInto('setup_tokens').values({ tokenHash, createdAt: at, usedAt: null }).execute();
    },
    /** Consumes an unused setup token and creates the first user, only while there is no user at all. */
    completeSetup: async (tokenHash: string, user: StoredUser): Promise<'created' | 'token_invalid' | 'already_done'> => {
      const used = await db()
        .updateTable('setup_tokens')
        .set({ usedAt: user.createdAt })
        .where('tokenHash', '=', tokenHash)
        .where('usedAt', 'is', null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('users').select('id'))))
        .executeTakeFirst();
      if (!changedOne(used)) return (await db().selectFrom('users').select('id').executeTakeFirst()) ? 'already_done' : 'token_invalid';
      await db().insertInto('users').values(userRow(user)).execute();
      return 'created';
    },

    createSession: async (tokenHash: string, userId: string, at: string, expiresAt: string): Promise<void> => {
      await db().insertInto('sessions').values({ tokenHash, userId, createdAt: at, expiresAt }).execute();
    },
    /** The session's user while the session is unexpired at `now`. */
    sessionUser: async (tokenHash: string, now: string): Promise<{ user: StoredUser; expiresAt: string } | undefined> => {
      const row = await db()
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .selectAll('users')
        .select('sessions.expiresAt as sessionExpiresAt')
        .where('sessions.tokenHash', '=', tokenHash)
        .where('sessions.expiresAt', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      const { sessionExpiresAt: expiresAt, ...user } = row;
      return { user: userOf(user), expiresAt };
    },
    extendSession: async (tokenHash: string, expiresAt: string): Promise<void> => {
      await db().updateTable('sessions').set({ expiresAt }).where('tokenHash', '=', tokenHash).execute();
    },
    deleteSession: async (tokenHash: string): Promise<void> => {
      await db().deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
    },
    deleteSessionsOf: async (userId: string): Promise<void> => {
      await db().deleteFrom('sessions').where('userId', '=', userId).execute();
    },

    /** The events a campo account is assigned to, sorted (none: it touches no event). */
    userEvents: async (userId: string): Promise<string[]> =>
      (await db().selectFrom('user_events').select('eventId').where('userId', '=', userId).orderBy('eventId').execute()).map((r) => r.eventId),
    /** Replaces the account's assigned events. */
    setUserEvents: (userId: string, eventIds: readonly string[], at: string): Promise<void> =>
      engine.inTransaction(async (tx) => {
        await tx.deleteFrom('user_events').where('userId', '=', userId).execute();
        if (eventIds.length > 0) await tx.insertInto('user_events').values(eventIds.map((eventId) => ({ userId, eventId, assignedAt: at }))).execute();
      }),

    addEnrollment: async (grant: EnrollmentGrant): Promise<void> => {
      await db()
        .insertInto('enrollment_tokens')
        .values({ ...grant, eventIds: JSON.stringify(grant.eventIds), usedAt: null, usedByDevice: null })
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
        .set({ usedAt: at, usedByDevice: device.deviceId })
        .where('tokenHash', '=', tokenHash)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', at)
        .returning(['label', 'eventIds', 'createdBy'])
        .executeTakeFirst();
      if (!grant) return undefined;
      // Enrolled again: everything but its id and last sync is replaced (revokedAt with null).
      const enrollment = {
        label: device.label ?? grant.label,
        eventIds: grant.eventIds,
        secretHash: device.secretHash,
        enrolledBy: grant.createdBy,
        enrolledAt: at,
        revokedAt: null,
      };
      const stored = await db()
        .insertInto('devices')
        .values({ deviceId: device.deviceId, ...enrollment, lastSyncAt: null })
        .onConflict((oc) => oc.column('deviceId').doUpdateSet(enrollment))
        .returningAll()
        .executeTakeFirstOrThrow();
      return deviceOf(stored);
    },
    deviceById: async (deviceId: string): Promise<StoredDevice | undefined> => {
      const [row] = (await deviceQuery(db(), { deviceId })).rows;
      return row && deviceOf(row);
    },
    listDevices: async (): Promise<StoredDevice[]> =>
      (await db().selectFrom('devices').selectAll().orderBy('enrolledAt').orderBy('deviceId').execute()).map(deviceOf),
    /** false when there is no such device; revoking again keeps the first date. */
    revokeDevice: async (deviceId: string, at: string): Promise<boolean> =>
      changedOne(
        await db()
          .updateTable('devices')
          .set((eb) => ({ revokedAt: eb.fn.coalesce('revokedAt', eb.val(at)) }))
          .where('deviceId', '=', deviceId)
          .executeTakeFirst(),
      ),
    /** Renames a device ("Puerta norte, tableta 2"); false when there is no such device. */
    relabelDevice: async (deviceId: string, label: string): Promise<boolean> =>
      changedOne(await db().updateTable('devices').set({ label }).where('deviceId', '=', deviceId).executeTakeFirst()),
    touchDeviceSync: async (deviceId: string, at: string): Promise<void> => {
      await touchQuery(db(), { deviceId, at });
    },

    appendAudit: async (entry: AuditEntry): Promise<void> => {
      await db()
        .insertInto('audit_log')
        .values({ ...entry, details: entry.details === null ? null : JSON.stringify(entry.details) })
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
      await db().deleteFrom('rate_limit_windows').where('windowStart', '<', before).execute();
    },

    ...personRecordStatements(engine),
  };
}

export type AuthStore = ReturnType<typeof authStore>;
