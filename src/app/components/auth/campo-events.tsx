import { createSignal, Show } from 'solid-js';
import type { EventDocument } from '../../../core/events';
import { t } from '../../state/language';
import { EventPicker } from './event-picker';

/**
 * A campo account's assigned events, on its card in /administracion/usuarios: closed it shows a button;
 * opened it reads the assignment, lets the office tick events and saves the whole list (issue 12).
 */
export function CampoEvents(props: {
  userId: string;
  userName: string;
  events: EventDocument[] | undefined;
  busy: boolean;
  read: (userId: string) => Promise<string[] | undefined>;
  save: (userId: string, eventIds: string[]) => Promise<boolean>;
}) {
  const [picked, setPicked] = createSignal<string[]>();
  const [saved, setSaved] = createSignal(false);
  const panelId = () => `campo-events-${props.userId}`;

  async function open() {
    setSaved(false);
    setPicked(await props.read(props.userId));
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setSaved(await props.save(props.userId, picked() ?? []));
  }

  return (
    <div class="campo-events">
      <Show
        when={picked()}
        fallback={
          <button type="button" class="button button--secondary" disabled={props.busy} onClick={() => void open()}>
            {t('auth.users.assignEventsOf', { name: props.userName })}
          </button>
        }
      >
        {(current) => (
          <form id={panelId()} onSubmit={(e) => void save(e)}>
            <EventPicker
              events={props.events}
              picked={current()}
              onChange={(ids) => {
                setSaved(false);
                setPicked(ids);
              }}
              texts={{ id: `${panelId()}-picker`, legend: t('auth.users.assignedEvents'), hint: t('auth.users.assignedEventsHint'), none: t('auth.users.noAssignedEvents') }}
            />
            <div class="campo-events__actions">
              <button type="submit" class="button button--primary" disabled={props.busy}>
                {t('auth.users.saveAssignedEvents')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setPicked(undefined)}>
                {t('auth.users.closeAssignedEvents')}
              </button>
            </div>
            <div role="status" class="auth-status">
              <Show when={saved()}>
                <p class="save-status__ok">{t('auth.users.assignedEventsSaved', { count: current().length })}</p>
              </Show>
            </div>
          </form>
        )}
      </Show>
    </div>
  );
}
