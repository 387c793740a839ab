import { InputField } from '../input-field';
import type { SettingsDraft } from '../../state/settings/settings-draft';
import { t } from '../../state/language';

/** The habeas-data notice being edited (the newest one): version, date in force, title and text in Spanish and in English. */
export function NoticeFields(props: { draft: SettingsDraft }) {
  const latest = () => {
    const notices = props.draft.draft.privacyNotices.notices;
    return notices[notices.length - 1]!;
  };
  return (
    <section class="card settings-section" aria-labelledby="settings-notice-title">
      <h2 id="settings-notice-title" class="card__title">
        {t('settings.notice')}
      </h2>
      <p class="field__hint">{t('settings.noticeHint')}</p>
      <InputField id="settings-notice-version" label={t('settings.noticeVersion')} value={latest().version} onInput={(v) => props.draft.setNotice('version', v)} required />
      <InputField id="settings-notice-from" type="date" label={t('settings.noticeFrom')} value={latest().effectiveFrom} onInput={(v) => props.draft.setNotice('effectiveFrom', v)} required />
      <InputField id="settings-notice-heading" label={t('settings.noticeTitle')} value={latest().es.title} onInput={(v) => props.draft.setNotice('title', v)} required />
      <InputField id="settings-notice-text" multiline label={t('settings.noticeText')} value={latest().es.paragraphs.join('\n\n')} onInput={(v) => props.draft.setNotice('text', v)} required />
      <InputField id="settings-notice-heading-en" label={t('settings.noticeTitleEn')} value={latest().en.title} onInput={(v) => props.draft.setNotice('title', v, 'en')} required />
      <InputField id="settings-notice-text-en" multiline label={t('settings.noticeTextEn')} value={latest().en.paragraphs.join('\n\n')} onInput={(v) => props.draft.setNotice('text', v, 'en')} required />
    </section>
  );
}
