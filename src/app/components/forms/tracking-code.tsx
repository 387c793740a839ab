import { formatTrackingCode } from '../../../core/escuchadero/tracking-code';
import { t } from '../../state/language';

/** The code a person writes down: big, spaced, and read by screen readers symbol by symbol. */
export function TrackingCodeView(props: { code: string }) {
  const spelled = () => [...props.code].join(' ');
  return (
    <div class="qcode" data-testid="tracking-code">
      <p class="qcode__label">{t('forms.trackingCode')}</p>
      <p class="qcode__value" aria-label={spelled()}>
        {formatTrackingCode(props.code)}
      </p>
      <p class="qcode__hint">{t('forms.trackingCodeHint')}</p>
    </div>
  );
}
