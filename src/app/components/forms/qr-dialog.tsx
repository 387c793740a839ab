import { onCleanup, onMount } from 'solid-js';
import { t } from '../../state/language';
import { QrCode } from '../qr-code';

/**
 * The QR over the whole screen, to hold a phone up to a row of people. A modal dialog: focus moves in,
 * Escape or the button closes it and focus returns to where it was.
 */
export function QrDialog(props: { text: string; title: string; onClose: () => void }) {
  let box: HTMLDivElement | undefined;
  let close: HTMLButtonElement | undefined;
  const before = document.activeElement as HTMLElement | null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
    // Keep Tab inside the dialog: its only control is the close button.
    if (e.key === 'Tab') {
      e.preventDefault();
      close?.focus();
    }
  };
  onMount(() => {
    close?.focus();
    document.addEventListener('keydown', onKey);
    void box?.requestFullscreen?.().catch(() => undefined);
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    before?.focus();
  });
  return (
    <div class="qrdialog" role="dialog" aria-modal="true" aria-labelledby="qrdialog-title" ref={box} data-testid="qr-fullscreen">
      <h2 id="qrdialog-title" class="qrdialog__title">
        {props.title}
      </h2>
      <QrCode text={props.text} label={t('forms.staff.qrOf', { title: props.title })} class="qr qrdialog__qr" />
      <p class="qrdialog__hint">{t('forms.staff.scanHint')}</p>
      <button type="button" class="button button--primary" ref={close} onClick={() => props.onClose()}>
        {t('forms.staff.closeQr')}
      </button>
    </div>
  );
}
