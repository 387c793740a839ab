import * as z from 'zod/mini';
import { defaultPrivacyNotices, noticeVersions, type PrivacyNotices } from './privacy-notice';
import { doorMessage } from '../problems/door-field-messages';

/**
 * Consent of a full record (Ley 1581 de 2012): prior, express and tied to the notice version shown.
 * Sensitive data (art. 6) needs its own express authorisation: `sensitiveData: true`.
 */
export const consentV2 = (notices: PrivacyNotices = defaultPrivacyNotices) =>
  z.object(
    {
      accepted: z.literal(true, { error: doorMessage('consent.not_accepted') }),
      textVersion: z.enum(noticeVersions(notices), {
        error: doorMessage('consent.notice_version'),
      }),
      sensitiveData: z.optional(z.boolean({ error: doorMessage('consent.sensitive_yes_no') })),
    },
    { error: doorMessage('consent.missing') },
  );

export type ConsentV2 = z.infer<ReturnType<typeof consentV2>>;
