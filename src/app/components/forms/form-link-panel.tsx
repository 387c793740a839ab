import { createSignal, Show } from 'solid-js';
import type { ListedFormLink } from '../../../core/forms';
import { kioskPath, posterPath, resultsPath } from '../../state/forms/form-links';
import { formatTime, t } from '../../state/language';
import type { MessageKey } from '../../i18n';

const LIMIT_TEXT: Record<ListedFormLink['answerLimit'], [MessageKey, MessageKey]> = {
  none: ['forms.staff.limit.none', 'forms.staff.limit.noneHint'],
  perPerson: ['forms.staff.limit.perPerson', 'forms.staff.limit.perPersonHint'],
  perDevice: ['forms.staff.limit.perDevice', 'forms.staff.limit.perDeviceHint'],
};

/**
 * One link of a form at an event, as the server lists it: its address, limit, answers so far and state, with
 * its QR, poster, kiosk and results. Closing asks once more first: a closed link takes no more answers.
 */
export function FormLinkPanel(props: { link: ListedFormLink; busy: boolean; onShowQr: () => void; onClose: () => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const limit = () => LIMIT_TEXT[props.link.answerLimit];
  return (
    <div class="qlink" classList={{ 'qlink--closed': props.link.closedAt !== undefined }} data-testid="form-link" data-state={props.link.closedAt ? 'closed' : 'open'}>
      <p class="qlink__label">{t('forms.staff.link')}</p>
      <p class="qlink__url" data-testid="form-link-url">
        {props.link.qrText}
      </p>
      <p class="qlink__limit">
        <strong>{t(limit()[0])}</strong> — {t(limit()[1])}
      </p>
      <p class="qlink__counts" data-testid="form-link-answers">
        {t('forms.staff.answers', { count: props.link.answers })} ·{' '}
        <Show when={props.link.closedAt} fallback={<strong>{t('forms.staff.linkOpen')}</strong>}>
          {(at) => <strong>{t('forms.staff.linkClosed', { at: formatTime(at()) })}</strong>}
        </Show>
      </p>
      <div class="qlink__actions">
        <button type="button" class="button button--primary" onClick={() => props.onShowQr()}>
          {t('forms.staff.showQr')}
        </button>
        <a class="button button--secondary" href={props.link.path} target="_blank" rel="noopener">
          {t('forms.staff.open')}
        </a>
        <a class="button button--secondary" href={posterPath(props.link)} target="_blank" rel="noopener">
          {t('forms.staff.poster')}
        </a>
        <button type="button" class="button button--secondary" onClick={() => location.assign(kioskPath(props.link))}>
          {t('forms.staff.kiosk')}
        </button>
        <a class="button button--secondary" href={resultsPath(props.link.formId, props.link.eventId)}>
          {t('forms.staff.results')}
        </a>
        <Show when={!props.link.closedAt && !confirming()}>
          <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
            {t('forms.staff.closeLink')}
          </button>
        </Show>
      </div>
      <Show when={!props.link.closedAt && confirming()}>
        <div class="qlink__confirm" role="group" aria-labelledby={`close-${props.link.formId}`}>
          <p id={`close-${props.link.formId}`}>{t('forms.staff.closeConfirm')}</p>
          <button type="button" class="button button--primary" disabled={props.busy} onClick={() => props.onClose()}>
            {t('forms.staff.closeYes')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
            {t('forms.staff.closeNo')}
          </button>
        </div>
      </Show>
    </div>
  );
}
