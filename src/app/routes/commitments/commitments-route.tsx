import '../../styles/commitments.css';
import { onMount, Show } from 'solid-js';
import { canWriteCommitments } from '../../state/commitments/commitment-access';
import { CommitmentFilters } from '../../components/commitments/commitment-filters';
import { CommitmentListView } from '../../components/commitments/commitment-list-view';
import { createCommitmentList } from '../../state/commitments/commitment-list';
import { t } from '../../state/language';
import { Page } from '../../components/page';

/** /compromisos — every event's commitments, filtered by status, dependency, territory, plan topic or event. */
export default function CommitmentsRoute() {
  const list = createCommitmentList();
  onMount(() => void list.load());
  return (
    <Page name="commitments" title={t('commitments.title')} class="cpage">
      <p class="page__meta">{t('commitments.intro')}</p>
      <Show when={canWriteCommitments()}>
        <p>
          <a class="button button--primary" href="/compromisos/nuevo">
            {t('commitments.new')}
          </a>
        </p>
      </Show>
      <CommitmentFilters filter={list.filter} onChange={list.setFilter} onSubmit={() => void list.load()} busy={list.loading()} events={list.events()} />
      <CommitmentListView list={list} showEvent={true} />
    </Page>
  );
}
