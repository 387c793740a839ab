import { For, Show } from 'solid-js';
import type { CommitmentHistoryEntry } from '../../../core/commitments';
import { STATUS_KEYS } from '../../state/commitments/status-keys';
import { formatCount, formatTime, t } from '../../state/language';

/** Who changed what and when, oldest first, by name (the audit log, read back). */
export function HistoryList(props: { entries: readonly CommitmentHistoryEntry[] }) {
  const what = (entry: CommitmentHistoryEntry) =>
    entry.change === 'created'
      ? t('commitments.history.created')
      : t('commitments.history.progress', {
          state: entry.state ? t(STATUS_KEYS[entry.state]) : '—',
          percent: entry.percent === undefined ? '—' : formatCount(entry.percent),
        });
  return (
    <Show when={props.entries.length > 0} fallback={<p>{t('commitments.history.empty')}</p>}>
      <ol class="chistory" data-testid="commitment-history">
        <For each={props.entries}>
          {(entry) => (
            <li class="chistory__item">
              <time datetime={entry.at}>{formatTime(entry.at)}</time> — <strong>{entry.actor ?? t('commitments.history.unknown')}</strong>: {what(entry)}
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
