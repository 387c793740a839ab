import { lazy, Show } from 'solid-js';
import { canReadCommitments } from '../../state/commitments/commitment-access';

// Loaded only for accounts that read commitments: a door phone opening its event never downloads the list.
const EventCommitmentList = lazy(() => import('./event-commitment-list'));

/** The commitments made at one event, on the event's page (for the accounts that may read them). */
export function EventCommitments(props: { eventId: string }) {
  return (
    <Show when={canReadCommitments()}>
      <EventCommitmentList eventId={props.eventId} />
    </Show>
  );
}
