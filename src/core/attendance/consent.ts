import * as z from 'zod/mini';
import { defaultPrivacyNotices, noticeVersions, type PrivacyNotices } from './privacy-notice';
import { citizenMessage } from '../problems/citizen-field-messages';

/**
 * Consent of a full record (Ley 1581 de 2012): prior, express and tied to the notice version shown.
 * Sensitive data (art. 6) needs its own express authorisation: `sensitiveData: true`.
 */
export const consentV2 = (notices: PrivacyNotices = defaultPrivacyNotices) =>
  z.object(
    {
      accepted: z.literal(true, { error: citizenMessage('consent.not_accepted') }),
      textVersion: z.enum(noticeVersions(notices), {
        error: citizenMessage('consent.notice_version'),
      }),
      sensitiveData: z.optional(z.boolean({ error: citizenMessage('consent.sensitive_yes_no') })),
    },
    { error: citizenMessage('consent.missing') },
  );

export type ConsentV2 = z.infer<ReturnType<typeof consentV2>>;
