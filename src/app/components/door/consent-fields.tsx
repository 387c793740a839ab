import { For } from 'solid-js';
import type { PersonForm } from '../../state/door/person-form';
import { language, t } from '../../state/language';
import { CheckboxField } from '../checkbox-field';

/** The versioned notice in full (consent must be informed), and the two express authorisations. */
export function ConsentFields(props: { form: PersonForm; idPrefix: string }) {
  const notice = () => props.form.notice[language()];
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <>
      <section class="notice" id={id('notice')} aria-labelledby={id('notice-title')}>
        <h2 class="notice__title" id={id('notice-title')}>
          {notice().title}
        </h2>
        <For each={notice().paragraphs}>{(paragraph) => <p class="notice__text">{paragraph}</p>}</For>
        <p class="notice__version">{t('door.person.noticeVersion', { version: props.form.notice.version })}</p>
      </section>
      <CheckboxField
        id={id('consent')}
        label={notice().accept}
        checked={props.form.draft.consent}
        onChange={(v) => props.form.set('consent', v)}
        error={props.form.errors().consent}
        describedById={id('notice')}
      />
      <CheckboxField
        id={id('sensitiveConsent')}
        label={notice().acceptSensitive}
        checked={props.form.draft.sensitiveConsent}
        onChange={(v) => props.form.set('sensitiveConsent', v)}
        error={props.form.errors().sensitiveConsent}
        describedById={id('sensitive-notice')}
      />
    </>
  );
}
