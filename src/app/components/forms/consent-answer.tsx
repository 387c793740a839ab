import type { FieldOf } from '../../../core/forms';
import { language, t } from '../../state/language';

export interface ConsentAnswerProps {
  id: string;
  field: FieldOf<'consent'>;
  value: unknown;
  onChange: (value: { accepted: true; textVersion: string } | null) => void;
  error?: string | undefined;
}

/** The notice in full, then the box: consent must be informed and express (Ley 1581 de 2012). */
export function ConsentAnswer(props: ConsentAnswerProps) {
  const accepted = () => (props.value as { accepted?: unknown } | null)?.accepted === true;
  return (
    <>
      <div class="notice" id={`${props.id}-notice`}>
        <p class="notice__text">{props.field.notice[language()]}</p>
        <p class="notice__version">{t('forms.consentVersion', { version: props.field.textVersion })}</p>
      </div>
      <label class="checkbox" for={props.id}>
        <input
          id={props.id}
          name={props.id}
          type="checkbox"
          class="checkbox__input"
          checked={accepted()}
          required={props.field.required}
          onChange={(e) => props.onChange(e.currentTarget.checked ? { accepted: true, textVersion: props.field.textVersion } : null)}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={`${props.id}-notice`}
        />
        <span class="checkbox__label">{t('forms.consentAccept')}</span>
      </label>
    </>
  );
}
