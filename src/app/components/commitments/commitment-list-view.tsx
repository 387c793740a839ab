import { For, Show } from 'solid-js';
import type { createCommitmentList } from '../../state/commitments/commitment-list';
import { formatCount, problemText, t } from '../../state/language';
import { CommitmentCard } from './commitment-card';

/** The list's count (announced), its problem if any, and the cards. */
export function CommitmentListView(props: { list: ReturnType<typeof createCommitmentList>; showEvent: boolean }) {
  const overdue = () => props.list.items()?.filter((i) => i.standing.status === 'vencido').length ?? 0;
  return (
    <>
      <Show when={props.list.problem()}>{(p) => <p class="save-status__error" role="alert">{problemText(p())}</p>}</Show>
      <p role="status" class="ccount" data-testid="commitments-count">
        <Show when={props.list.items()} fallback={props.list.loading() ? t('commitments.loading') : ''}>
          {(items) => (
            <>
              {t('commitments.count', { count: formatCount(items().length) })}
              <Show when={overdue() > 0}>
                {' '}
                <strong class="ccount__late">{t('commitments.countOverdue', { count: formatCount(overdue()) })}</strong>
              </Show>
            </>
          )}
        </Show>
      </p>
      <Show when={props.list.items()?.length === 0}>
        <p>{t('commitments.empty')}</p>
      </Show>
      <ul class="cards">
        <For each={props.list.items()}>{(item) => <CommitmentCard item={item} eventName={props.showEvent ? props.list.eventName(item.eventId) : undefined} />}</For>
      </ul>
    </>
  );
}
