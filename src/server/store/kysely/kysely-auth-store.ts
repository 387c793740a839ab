import type { Selectable } from 'kysely';
import type { Role } from '../../../core/auth/roles';
import type { StoreDatabase } from '../schema';
import type { AuditEntry, AuthStore, StoredDevice, StoredUser } from '../auth-store';
import { personRecordStatements } from './person-records';
import type { Engine } from './engine';
import { preparedQuery } from './prepared-query';
import { camelCased, snakeCased } from './row-keys';

type Row<T extends keyof StoreDatabase> = Selectable<StoreDatabase[T]>;

const userOf = ({ updated_at: _, ...row }: Row<'users'>): StoredUser => ({ ...camelCased(row), role: row.role as Role });
const deviceOf = (row: Row<'devices'>): StoredDevice => ({ ...camelCased(row), eventIds: JSON.parse(row.event_ids) as string[] });
const auditOf = (row: Row<'audit_log'>): AuditEntry => ({
  ...camelCased(row),
  actorType: row.actor_type as AuditEntry['actorType'],
  outcome: row.outcome as AuditEntry['outcome'],
  details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
});
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
 * The AuthStore, for SQLite and PostgreSQL alike. Each step that must be atomic is one statement (a conditional
 * UPDATE … RETURNING, an upsert), so no transaction is needed.
 */
export function kyselyAuthStore(engine: Engine): AuthStore {
  const db = () => engine.db();
  const users = () => db().selectFrom('users').selectAll();
  const userWhere = async (column: 'id' | 'email', value: string) => {
    const row = await users().where(column, '=', value).executeTakeFirst();
    return row && userOf(row);
  };
  return {
    countUsers: async () => Number((await db().selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    userById: (id) => userWhere('id', id),
    userByEmail: (email) => userWhere('email', email),
    listUsers: async () => (await users().orderBy('created_at').orderBy('id').execute()).map(userOf),
    createUser: async (user) => {
      const result = await db().insertInto('users').values(userRow(user)).onConflict((oc) => oc.column('email').doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    // Kysely leaves out the fields the patch leaves undefined.
    updateUser: async (id, patch, at) => {
      await db()
        .updateTable('users')
        .set({ updated_at: at, ...snakeCased(patch) })
        .where('id', '=', id)
        .execute();
      return userWhere('id', id);
    },

    addSetupToken: async (tokenHash, at) => {
      await db().insertInto('setup_tokens').values({ token_hash: tokenHash, created_at: at, used_at: null }).execute();
    },
    completeSetup: async (tokenHash, user) => {
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

    createSession: async (tokenHash, userId, at, expiresAt) => {
      await db().insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: at, expires_at: expiresAt }).execute();
    },
    sessionUser: async (tokenHash, now) => {
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
    extendSession: async (tokenHash, expiresAt) => {
      await db().updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
    },
    deleteSession: async (tokenHash) => {
      await db().deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    deleteSessionsOf: async (userId) => {
      await db().deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    userEvents: async (userId) =>
      (await db().selectFrom('user_events').select('event_id').where('user_id', '=', userId).orderBy('event_id').execute()).map((r) => r.event_id),
    setUserEvents: (userId, eventIds, at) =>
      engine.inTransaction(async (tx) => {
        await tx.deleteFrom('user_events').where('user_id', '=', userId).execute();
        if (eventIds.length > 0) await tx.insertInto('user_events').values(eventIds.map((event_id) => ({ user_id: userId, event_id, assigned_at: at }))).execute();
      }),

    addEnrollment: async (grant) => {
      await db()
        .insertInto('enrollment_tokens')
        .values({ ...snakeCased(grant), event_ids: JSON.stringify(grant.eventIds), used_at: null, used_by_device: null })
        .execute();
    },
    enroll: async (tokenHash, device, at) => {
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
      await db()
        .insertInto('devices')
        .values(row)
        .onConflict((oc) =>
          oc.column('device_id').doUpdateSet({
            label: row.label,
            event_ids: row.event_ids,
            secret_hash: row.secret_hash,
            enrolled_by: row.enrolled_by,
            enrolled_at: row.enrolled_at,
            revoked_at: null,
          }),
        )
        .execute();
      const stored = await db().selectFrom('devices').selectAll().where('device_id', '=', device.deviceId).executeTakeFirstOrThrow();
      return deviceOf(stored);
    },
    deviceById: async (deviceId) => {
      const [row] = (await deviceQuery(db(), { deviceId })).rows;
      return row && deviceOf(row);
    },
    listDevices: async () => (await db().selectFrom('devices').selectAll().orderBy('enrolled_at').orderBy('device_id').execute()).map(deviceOf),
    revokeDevice: async (deviceId, at) => {
      const result = await db().updateTable('devices').set({ revoked_at: at }).where('device_id', '=', deviceId).where('revoked_at', 'is', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) return true;
      return (await db().selectFrom('devices').select('device_id').where('device_id', '=', deviceId).executeTakeFirst()) !== undefined;
    },
    relabelDevice: async (deviceId, label) => {
      const result = await db().updateTable('devices').set({ label }).where('device_id', '=', deviceId).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    touchDeviceSync: async (deviceId, at) => {
      await touchQuery(db(), { deviceId, at });
    },

    appendAudit: async (entry) => {
      await db()
        .insertInto('audit_log')
        .values({ ...snakeCased(entry), details: entry.details === null ? null : JSON.stringify(entry.details) })
        .execute();
    },
    listAudit: async (limit, before) => {
      let query = db().selectFrom('audit_log').selectAll();
      if (before) query = query.where((eb) => eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]));
      return (await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(auditOf);
    },
    auditOf: async (target, limit) =>
      (await db().selectFrom('audit_log').selectAll().where('target', '=', target).orderBy('at', 'asc').orderBy('id', 'asc').limit(limit).execute()).map(auditOf),

    hit: async (bucket, windowStart) => Number((await hitQuery(db(), { bucket, windowStart })).rows[0]!.hits),
    pruneWindows: async (before) => {
      await db().deleteFrom('rate_limit_windows').where('window_start', '<', before).execute();
    },

    ...personRecordStatements(engine),
  };
}
