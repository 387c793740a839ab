import { Match, Show, Switch, onMount } from 'solid-js';
import { EventFormFields } from '../../components/events/event-form-fields';
import { OfflineNotice } from '../../components/events/offline-notice';
import { createEventForm } from '../../state/events/event-form';
import { problemText, t } from '../../state/language';
import { navigate } from '../../state/router';
import '../../styles/door.css';
import { focusFirstInvalid } from '../../components/field-frame';

/** /eventos/nuevo and /eventos/:id/editar: the planning form, saved on the server. */
export default function EventFormRoute(props: { params: Record<string, string> }) {
  const editing = props.params.id;
  const form = createEventForm(editing);
  let element: HTMLFormElement | undefined;
  onMount(() => void form.load());

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await form.submit();
    if (outcome.kind === 'saved') navigate(`/eventos/${encodeURIComponent(outcome.event.id)}`);
    else if (outcome.kind === 'invalid') focusFirstInvalid(element);
  };

  const failure = () => {
    const outcome = form.outcome();
    return outcome?.kind === 'failed' || outcome?.kind === 'stale' ? outcome.problem : undefined;
  };

  return (
    <form ref={element} class="page event-form" aria-labelledby="event-form-title" novalidate onSubmit={(e) => void onSubmit(e)}>
      <h1 id="event-form-title" class="page__title" tabindex="-1">
        {editing ? t('events.editTitle') : t('events.newTitle')}
      </h1>
      <OfflineNotice text={t('events.offlineSave')} />
      <Show when={form.loadProblem()}>
        {(p) => <p class="banner banner--error" role="alert">{p().offline ? t('events.offlineLoad') : problemText(p().problem)}</p>}
      </Show>
      <Show when={!editing || form.loaded()}>
        <EventFormFields form={form} />
        <div class="actions">
          <p class="save-status" role="status" aria-live="polite" data-testid="event-save-status">
            <Switch>
              <Match when={form.outcome()?.kind === 'invalid'}>
                <span class="save-status__error">{t('events.fixErrors')}</span>
              </Match>
              <Match when={form.outcome()?.kind === 'offline'}>
                <span class="save-status__error">{t('events.offlineSave')}</span>
              </Match>
              <Match when={failure()}>
                {(p) => (
                  <span class="save-status__error">
                    {problemText(p())}
                    <Show when={p().code === 'event.stale_revision'}>
                      {' '}
                      <button type="button" class="link-button" onClick={() => void form.load()}>
                        {t('events.reload')}
                      </button>
                    </Show>
                  </span>
                )}
              </Match>
            </Switch>
          </p>
          <a class="button button--secondary" href={editing ? `/eventos/${encodeURIComponent(editing)}` : '/eventos'}>
            {t('events.cancel')}
          </a>
          <button type="submit" class="button button--primary" disabled={form.saving()}>
            {form.saving() ? t('events.saving') : t('events.save')}
          </button>
        </div>
      </Show>
    </form>
  );
}
