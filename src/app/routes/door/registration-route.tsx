import { Match, Show, Switch } from 'solid-js';
import { ConsentFields } from '../../components/door/consent-fields';
import { PersonFields } from '../../components/door/person-fields';
import { SensitiveFields } from '../../components/door/sensitive-fields';
import { OfflineNotice } from '../../components/events/offline-notice';
import { createRegistration } from '../../state/door/registration';
import { usePublicEvent } from '../../state/events/public-event';
import { formatDateRange } from '../../state/events/event-format';
import { problemText, t } from '../../state/language';
import { navigate } from '../../state/router';
import '../../styles/door.css';
import { EntityHeading } from '../../components/print/entity-heading';
import { focusFirstInvalid } from '../../components/field-frame';

/** /eventos/:id/inscripcion: a citizen (or staff) registers and receives the pass for the door. */
export default function RegistrationRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  // Opened by citizens without a session: the public read (name, date, place), never the planning document.
  const event = usePublicEvent(id);
  const registration = createRegistration(id(), () => event() ?? undefined);
  let element: HTMLFormElement | undefined;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await registration.submit();
    if (outcome.kind === 'registered') navigate(`/pases/${encodeURIComponent(outcome.pass.attendeeId)}`);
    else if (outcome.kind === 'invalid') focusFirstInvalid(element);
  };
  const failure = () => {
    const o = registration.outcome();
    return o?.kind === 'failed' ? o.problem : undefined;
  };

  return (
    <form ref={element} class="page registration" aria-labelledby="registration-title" novalidate onSubmit={(e) => void onSubmit(e)}>
      <EntityHeading />
      <h1 id="registration-title" class="page__title" tabindex="-1">
        {t('door.registration.title')}
      </h1>
      <Show when={event()}>
        {(e) => (
          <p class="page__meta" data-testid="registration-event">
            <strong>{e().name}</strong>
            <br />
            {formatDateRange(e().startsAt, e().endsAt)}
            <Show when={e().place}> · {e().place}</Show>
          </p>
        )}
      </Show>
      <p>{t('door.registration.intro')}</p>
      <OfflineNotice text={t('door.registration.offline')} />
      <PersonFields form={registration.person} idPrefix="reg" />
      <SensitiveFields form={registration.person} idPrefix="reg" />
      <ConsentFields form={registration.person} idPrefix="reg" />
      <div class="actions">
        <p class="save-status" role="status" aria-live="polite" data-testid="registration-status">
          <Switch>
            <Match when={registration.outcome()?.kind === 'invalid'}>
              <span class="save-status__error">{t('door.form.fixErrors')}</span>
            </Match>
            <Match when={registration.outcome()?.kind === 'offline'}>
              <span class="save-status__error">{t('door.registration.offline')}</span>
            </Match>
            <Match when={failure()}>{(p) => <span class="save-status__error">{problemText(p())}</span>}</Match>
          </Switch>
        </p>
        <a class="button button--secondary" href="/pases">
          {t('door.passes.title')}
        </a>
        <button type="submit" class="button button--primary" disabled={registration.saving()}>
          {registration.saving() ? t('events.saving') : t('door.registration.submit')}
        </button>
      </div>
    </form>
  );
}
