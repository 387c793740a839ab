import '../styles/door.css';
import { createEffect, createMemo, For, Match, Show, Switch } from 'solid-js';
import { agendaOf, type EventDocument } from '../../core/events';
import { HomeEventCard } from '../components/home/home-event-card';
import { OfflineNotice } from '../components/events/offline-notice';
import { useEventList, useInterpreterAlerts } from '../state/events/event-data';
import { useCasesDue, type CasesDue } from '../state/home/escuchadero-due';
import type { InterpreterDemand } from '../../core/attendance/interpreter-demand';
import { t } from '../state/language';
import { OFFICE, REPORTS, viewer, type Viewer } from '../state/viewer';
import { roleLabel } from '../components/auth/account-status';
import { enrolledDevice, staffUser } from '../state/auth/access-signals';

/** A door phone without a staff session lists only the events it was enrolled for (none listed: all). */
function visibleTo(events: EventDocument[]): EventDocument[] {
  const device = enrolledDevice();
  if (staffUser() || !device || device.eventIds.length === 0) return events;
  return events.filter((e) => device.eventIds.includes(e.id));
}

/** A list of events on the home screen (today's, or the next ones), or a line saying there are none. */
function EventGroup(props: {
  title: string;
  empty: string;
  events: EventDocument[];
  who: Viewer;
  testId: string;
  interpreters: ReadonlyMap<string, InterpreterDemand>;
  cases: ReadonlyMap<string, CasesDue>;
}) {
  return (
    <section class="home-group" aria-labelledby={`${props.testId}-title`}>
      <h2 id={`${props.testId}-title`} class="home-group__title">
        {props.title}
      </h2>
      <Show when={props.events.length > 0} fallback={<p data-testid={`${props.testId}-empty`}>{props.empty}</p>}>
        <ul class="cards" data-testid={props.testId}>
          <For each={props.events}>
            {(event) => <HomeEventCard event={event} who={props.who} interpreters={props.interpreters.get(event.id)} cases={props.cases.get(event.id)} />}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** Staff and door phones: today's events first, then the next ones, with the doors and reports of this role. */
function StaffHome(props: { who: Viewer }) {
  const events = useEventList();
  const interpreters = useInterpreterAlerts();
  // The inbox has contact data: only the office asks for it.
  const cases = useCasesDue(() => OFFICE.includes(props.who));
  createEffect(() => cases.load());
  const agenda = createMemo(() => {
    const loaded = events();
    return loaded ? agendaOf(visibleTo(loaded.value), Date.now()) : undefined;
  });
  // A signed-in campo account sees only its assigned events: an empty answer from the server means none
  // assigned yet, which two empty lists would not say (a door phone with no events listed sees them all).
  const unassignedCampo = () => {
    const loaded = events();
    return props.who === 'campo' && !!staffUser() && loaded?.source === 'server' && loaded.value.length === 0;
  };
  return (
    <>
      <p class="page__meta" data-testid="home-role">
        {t('home.as', { role: roleLabel(props.who) })}
      </p>
      <OfflineNotice text={t('events.offlineList')} />
      <div class="home-tools">
        <Show when={OFFICE.includes(props.who)}>
          <a class="button button--primary" href="/eventos/nuevo">
            {t('events.new')}
          </a>
          <a class="button button--secondary" href="/eventos">
            {t('home.allEvents')}
          </a>
        </Show>
        <Show when={REPORTS.includes(props.who)}>
          <a class="button button--secondary" href="/informes">
            {t('home.reports')}
          </a>
        </Show>
      </div>
      <Show when={agenda()} fallback={<p role="status">{t('events.loading')}</p>}>
        {(a) => (
          <Show
            when={!unassignedCampo()}
            fallback={
              <p class="banner banner--info" role="status" data-testid="home-no-assignment">
                {t('home.noAssignment')}
              </p>
            }
          >
            <EventGroup title={t('home.today')} empty={t('home.noneToday')} events={a().today} who={props.who} testId="home-today" interpreters={interpreters()} cases={cases.due()} />
            <EventGroup title={t('home.upcoming')} empty={t('home.noneUpcoming')} events={a().upcoming} who={props.who} testId="home-upcoming" interpreters={interpreters()} cases={cases.due()} />
          </Show>
        )}
      </Show>
    </>
  );
}

/** Nobody signed in and no enrolled phone: a citizen's passes, or the way in for staff. */
function CitizenHome() {
  return (
    <>
      <p>{t('home.citizenIntro')}</p>
      <div class="home-tools">
        <a class="button button--primary" href="/pases">
          {t('door.passes.title')}
        </a>
        <a class="button button--secondary" href="/ingresar">
          {t('auth.signIn')}
        </a>
      </div>
    </>
  );
}

/** / — a home per role: the office plans and follows up, door staff open doors, consulta reads reports. */
export default function HomeRoute() {
  return (
    <section class="page home" aria-labelledby="home-title">
      <h1 id="home-title" class="page__title" tabindex="-1">
        {t('home.title')}
      </h1>
      <Switch fallback={<p role="status">{t('events.loading')}</p>}>
        <Match when={viewer() === 'citizen'}>
          <CitizenHome />
        </Match>
        <Match when={viewer()}>{(who) => <StaffHome who={who()} />}</Match>
      </Switch>
    </section>
  );
}
