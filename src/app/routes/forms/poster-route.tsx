import '../../styles/forms.css';
import { createResource, Show } from 'solid-js';
import { formLinkPath } from '../../../core/forms';
import { QrCode } from '../../components/qr-code';
import { formsServices } from '../../state/forms/forms-services';
import { language, t } from '../../state/language';

/**
 * /formularios/:formId/cartel/:eventId/:signature — an A4 poster to print and stick on a wall: the form's
 * title, a large QR and the address written out for those who type it. The print button does not print.
 */
export default function PosterRoute(props: { params: Record<string, string> }) {
  const link = () => ({ formId: props.params.formId ?? '', eventId: props.params.eventId ?? '', signature: props.params.signature ?? '' });
  const url = () => new URL(formLinkPath(link()), location.origin).href;
  const [definition] = createResource(async () => (await formsServices()).latestDefinition(link().formId));
  return (
    <article class="qposter" aria-labelledby="poster-title">
      <p class="qposter__brand">{t('forms.poster.brand')}</p>
      <h1 id="poster-title" class="qposter__title" tabindex="-1">
        {definition()?.title[language()] ?? link().formId}
      </h1>
      <Show when={definition()}>{(d) => <p class="qposter__intro">{d().intro[language()]}</p>}</Show>
      <QrCode text={url()} label={t('forms.staff.qrOf', { title: definition()?.title[language()] ?? link().formId })} class="qr qposter__qr" />
      <p class="qposter__scan">{t('forms.poster.scan')}</p>
      <p class="qposter__url">{url()}</p>
      <p class="qposter__event">{t('forms.poster.event', { event: link().eventId })}</p>
      <p class="qposter__offline">{t('forms.poster.offline')}</p>
      <button type="button" class="button button--primary qposter__print" onClick={() => window.print()}>
        {t('forms.poster.print')}
      </button>
    </article>
  );
}
