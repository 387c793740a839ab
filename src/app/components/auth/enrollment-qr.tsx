import { createSignal, onCleanup, Show } from 'solid-js';
import { secondsLeft, type Enrollment } from '../../state/auth/admin-devices';
import { t } from '../../state/language';
import { QrCode } from '../qr-code';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The short-lived enrollment QR (qrcode loads only here) with its countdown; gone when it expires. */
export function EnrollmentQr(props: { enrollment: Enrollment; label: string; onHide: () => void }) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  const left = () => secondsLeft(props.enrollment.expiresAt, now());
  return (
    <section class="card enroll-qr" aria-labelledby="enroll-qr-title" data-testid="enrollment-qr">
      <h2 id="enroll-qr-title" class="card__title">
        {t('auth.devices.qrTitle', { label: props.label })}
      </h2>
      <Show when={left() > 0} fallback={<p role="status">{t('auth.devices.expired')}</p>}>
        <QrCode text={props.enrollment.url} label={t('auth.devices.qrAlt', { label: props.label })} class="qr enroll-qr__code" />
        <p>{t('auth.devices.qrHelp')}</p>
        <p class="enroll-qr__url" data-testid="enrollment-url">
          {props.enrollment.url}
        </p>
        {/* Announced once a minute at most: a ticking live region would talk over everything. */}
        <p class="enroll-qr__countdown" data-testid="enrollment-countdown">
          {t('auth.devices.expiresIn', { time: clock(left()) })}
        </p>
      </Show>
      <button type="button" class="button button--secondary" onClick={() => props.onHide()}>
        {t('auth.devices.hide')}
      </button>
    </section>
  );
}
