import * as z from 'zod/mini';

/**
 * The wire contract of POST /api/v1/sync. Keep it stable: other tools speak it.
 * Records stay `unknown` here so that one bad record is rejected alone, not the batch.
 */
export const MAX_BATCH_RECORDS = 500;
export const MAX_SYNC_BODY_BYTES = 8 * 1024 * 1024;

export const pushRequestSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  records: z.array(z.unknown()),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushStatusSchema = z.enum(['accepted', 'duplicate', 'conflict', 'rejected']);
export type PushStatus = z.infer<typeof pushStatusSchema>;

export const wireProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.optional(z.record(z.string(), z.unknown())),
});

export const pushResultSchema = z.object({
  id: z.string(),
  status: pushStatusSchema,
  problem: z.optional(wireProblemSchema),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  serverTime: z.string(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** What a device does with a record after the server answered for it. */
export type LocalOutcome = 'synced' | 'attention';

export const outcomeOf = (status: PushStatus): LocalOutcome =>
  status === 'accepted' || status === 'duplicate' ? 'synced' : 'attention';
