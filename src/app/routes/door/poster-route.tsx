import { Show } from 'solid-js';
import { EntityHeading } from '../../components/print/entity-heading';
import { QrCode } from '../../components/qr-code';
import { useEvent } from '../../state/events/event-data';
import { formatLongDate } from '../../state/events/event-format';
import { t } from '../../state/language';
import '../../styles/door.css';

/**
 * /eventos/:id/cartel: an A4 poster for the venue's door. Its QR opens the pre-registration page, where a
 * citizen gives their details and receives their pass. The text is Spanish on purpose: it is what the
 * municipality prints and pins up, on ONE A4 page (door.css).
 */
export default function PosterRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const { loaded } = useEvent(id);
  const url = () => `${location.origin}/eventos/${encodeURIComponent(id())}/inscripcion`;
  return (
    <section class="poster-page" aria-labelledby="poster-title">
      <div class="poster-tools">
        <a class="button button--secondary" href={`/eventos/${encodeURIComponent(id())}`}>
          {t('events.back')}
        </a>
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('events.print')}
        </button>
      </div>
      <article class="poster" lang="es-CO" data-testid="event-poster">
        <EntityHeading class="poster__entity" />
        <p class="poster__kicker">Rendición de cuentas</p>
        <h1 id="poster-title" class="poster__title" tabindex="-1">
          {loaded()?.value?.name ?? id()}
        </h1>
        <Show when={loaded()?.value}>
          {(event) => (
            <p class="poster__when">
              {formatLongDate(event().startsAt)}
              <Show when={event().place}>
                <br />
                {event().place}
              </Show>
            </p>
          )}
        </Show>
        <QrCode text={url()} label="Código QR para inscribirse en el evento" class="poster__qr" testId="poster-qr" />
        <p class="poster__instruction">Escanee este código con la cámara de su celular, inscríbase y reciba su pase de entrada.</p>
        <p class="poster__hint">Muestre el pase en la puerta: entra más rápido. Si no tiene celular, el personal lo registra con su documento.</p>
        <p class="poster__url">{url()}</p>
      </article>
    </section>
  );
}
