import { CONSENT_TEXT_VERSION, consentNotice } from '../i18n/consent-notice';
import { language, t } from '../state/language';

/** The notice is shown in full, not behind a link: consent must be informed (Ley 1581 de 2012). */
export function ConsentNotice(props: { id: string }) {
  return (
    <section class="notice" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 class="notice__title" id={`${props.id}-title`}>
        {t('attendance.noticeTitle')}
      </h2>
      <p class="notice__text">{consentNotice[language()]}</p>
      <p class="notice__version">{CONSENT_TEXT_VERSION}</p>
    </section>
  );
}
