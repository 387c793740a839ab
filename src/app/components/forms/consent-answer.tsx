import type { FieldOf } from '../../../core/forms';
import { language, t } from '../../state/language';
import { CheckboxInput } from '../checkbox-field';

export interface ConsentAnswerProps {
  id: string;
  field: FieldOf<'consent'>;
  value: unknown;
  onChange: (value: { accepted: true; textVersion: string } | null) => void;
  error?: string | undefined;
}

/**
 * The notice in full, then the box: consent must be informed and express (Ley 1581 de 2012). The question's
 * frame already shows the error and describes the group by it, so the box points at the notice only.
 */
export function ConsentAnswer(props: ConsentAnswerProps) {
  const accepted = () => (props.value as { accepted?: unknown } | null)?.accepted === true;
  return (
    <>
      <div class="notice" id={`${props.id}-notice`}>
        <p class="notice__text">{props.field.notice[language()]}</p>
        <p class="notice__version">{t('forms.consentVersion', { version: props.field.textVersion })}</p>
      </div>
      <CheckboxInput
        id={props.id}
        label={t('forms.consentAccept')}
        checked={accepted()}
        required={props.field.required}
        onChange={(checked) => props.onChange(checked ? { accepted: true, textVersion: props.field.textVersion } : null)}
        invalid={!!props.error}
        describedBy={`${props.id}-notice`}
      />
    </>
  );
}
