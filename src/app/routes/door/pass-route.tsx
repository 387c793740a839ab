import { Show, onMount } from 'solid-js';
import { QrCode } from '../../components/qr-code';
import { useMyPass } from '../../state/door/my-passes';
import { formatLongDate } from '../../state/events/event-format';
import { t } from '../../state/language';
import '../../styles/door.css';
import { EntityHeading } from '../../components/print/entity-heading';

/** /pases/:id: one pass full screen, big QR for the door's camera, printable. */
export default function PassRoute(props: { params: Record<string, string> }) {
  const pass = useMyPass(() => props.params.id!);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section class="pass-page" aria-labelledby="pass-title">
      <Show when={pass() !== undefined} fallback={<p role="status">{t('events.loading')}</p>}>
        <Show
          when={pass()}
          fallback={
            <>
              <h1 id="pass-title" class="page__title" tabindex="-1" ref={heading}>
                {t('door.passes.notFound')}
              </h1>
              <a class="button button--secondary" href="/pases">{t('door.passes.title')}</a>
            </>
          }
        >
          {(p) => (
            <>
              <EntityHeading />
              <h1 id="pass-title" class="pass-page__title" tabindex="-1" ref={heading}>
                {p().displayName}
              </h1>
              <p class="pass-page__event">
                {p().eventName}
                <Show when={p().startsAt}>{(at) => <> · {formatLongDate(at())}</>}</Show>
                <Show when={p().place}>{(place) => <> · {place()}</>}</Show>
              </p>
              <QrCode text={p().code} label={t('door.passes.qrLabel', { name: p().displayName })} class="pass-page__qr" testId="pass-qr" />
              <p class="pass-page__hint">{t('door.passes.showAtDoor')}</p>
              <div class="pass-page__tools">
                <a class="button button--secondary" href="/pases">{t('door.passes.title')}</a>
                <button type="button" class="button button--primary" onClick={() => window.print()}>
                  {t('events.print')}
                </button>
              </div>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
