import { onMount, Show } from 'solid-js';
import { canWriteCommitments } from '../../state/commitments/commitment-access';
import { createCommitmentList } from '../../state/commitments/commitment-list';
import { t } from '../../state/language';
import { CommitmentFilters } from './commitment-filters';
import { CommitmentListView } from './commitment-list-view';
import '../../styles/commitments.css';

/** The commitments made at one event, with the way to add one typed there (planning). */
export default function EventCommitmentList(props: { eventId: string }) {
  const list = createCommitmentList(props.eventId);
  onMount(() => void list.load());
  return (
    <section class="ccommitments" aria-labelledby="event-commitments-title" data-testid="event-commitments">
      <h2 id="event-commitments-title" class="ccommitments__title">
        {t('commitments.ofEvent')}
      </h2>
      <Show when={canWriteCommitments()}>
        <p>
          <a class="button button--secondary" href={`/compromisos/nuevo?evento=${encodeURIComponent(props.eventId)}`}>
            {t('commitments.new')}
          </a>
        </p>
      </Show>
      <CommitmentFilters filter={list.filter} onChange={list.setFilter} onSubmit={() => void list.load()} busy={list.loading()} />
      <CommitmentListView list={list} showEvent={false} />
    </section>
  );
}
