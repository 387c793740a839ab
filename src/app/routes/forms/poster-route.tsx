import '../../styles/forms.css';
import { createResource, Show } from 'solid-js';
import { formLinkPath } from '../../../core/forms';
import { EntityHeading } from '../../components/print/entity-heading';
import { QrCode } from '../../components/qr-code';
import { useEvent } from '../../state/events/event-data';
import { formatLongDate } from '../../state/events/event-format';
import { formsServices } from '../../state/forms/forms-services';
import { language, t } from '../../state/language';

/**
 * /formularios/:formId/cartel/:eventId/:signature — an A4 poster to print and stick on a wall, on ONE page: who
 * invites, the form's title, the event's name, date and place, a large QR and the address written out for those
 * who type it. The print button sits outside the poster and does not print.
 */
export default function PosterRoute(props: { params: Record<string, string> }) {
  const link = () => ({ formId: props.params.formId ?? '', eventId: props.params.eventId ?? '', signature: props.params.signature ?? '' });
  const url = () => new URL(formLinkPath(link()), location.origin).href;
  const [definition] = createResource(async () => (await formsServices()).latestDefinition(link().formId));
  const { loaded } = useEvent(() => link().eventId);
  const event = () => loaded()?.value;
  return (
    <div class="qposter-page">
      <button type="button" class="button button--primary qposter__print" onClick={() => window.print()}>
        {t('forms.poster.print')}
      </button>
      <article class="qposter" aria-labelledby="poster-title" data-testid="form-poster">
        <EntityHeading class="qposter__entity" />
        <p class="qposter__brand">{t('forms.poster.brand')}</p>
        <h1 id="poster-title" class="qposter__title" tabindex="-1">
          {definition()?.title[language()] ?? link().formId}
        </h1>
        <p class="qposter__event" data-testid="poster-event">
          <strong>{event()?.name ?? link().eventId}</strong>
          <Show when={event()}>
            {(e) => (
              <>
                <br />
                {formatLongDate(e().startsAt)}
                <Show when={e().place}>{(place) => <> · {place()}</>}</Show>
              </>
            )}
          </Show>
        </p>
        <QrCode text={url()} label={t('forms.staff.qrOf', { title: definition()?.title[language()] ?? link().formId })} class="qr qposter__qr" testId="poster-qr" />
        <p class="qposter__scan">{t('forms.poster.scan')}</p>
        <p class="qposter__url">{url()}</p>
        <p class="qposter__offline">{t('forms.poster.offline')}</p>
      </article>
    </div>
  );
}
