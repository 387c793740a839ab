import * as z from 'zod/mini';
import noticesJson from '../catalogues/defaults/privacy-notices.json';
import { citizenMessage } from '../problems/citizen-field-messages';

/**
 * The data-treatment notice (Ley 1581 de 2012) is versioned data, not code: a municipality replaces the text,
 * and every record keeps the version the person agreed to. Old versions stay so old records still validate.
 */
const noticeTextSchema = z.object({
  title: z.string().check(z.minLength(1)),
  paragraphs: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  sensitive: z.string().check(z.minLength(1)),
  accept: z.string().check(z.minLength(1)),
  acceptSensitive: z.string().check(z.minLength(1)),
});

export const privacyNoticeSchema = z.object({
  version: z.string().check(z.minLength(1), z.maxLength(32)),
  effectiveFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  es: noticeTextSchema,
  en: noticeTextSchema,
});

export const privacyNoticesSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  municipality: z.optional(z.string()),
  notices: z.array(privacyNoticeSchema).check(z.minLength(1)),
}).check(
  z.refine((set) => new Set(set.notices.map((n) => n.version)).size === set.notices.length, {
    error: citizenMessage('privacy.version_repeated'),
  }),
);

export type PrivacyNotice = z.infer<typeof privacyNoticeSchema>;
export type PrivacyNotices = z.infer<typeof privacyNoticesSchema>;

export const noticeVersions = (set: PrivacyNotices): [string, ...string[]] => {
  const [first, ...rest] = set.notices.map((n) => n.version);
  return [first!, ...rest];
};

/** The notice to show today: the latest one already in force (dates compare as YYYY-MM-DD text). */
export function currentNotice(set: PrivacyNotices, today: string): PrivacyNotice | undefined {
  return set.notices
    .filter((n) => n.effectiveFrom <= today)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0];
}

/** The default notices (Medellín), as the JSON is: tests/core/catalogues/built-in-data.test.ts checks the schema yields it. */
export const defaultPrivacyNotices: PrivacyNotices = noticesJson;

export const noticeByVersion = (set: PrivacyNotices, version: string): PrivacyNotice | undefined =>
  set.notices.find((n) => n.version === version);
