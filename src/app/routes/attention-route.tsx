import { For, Show } from 'solid-js';
import type { FieldIssue } from '../../core/problems/problem';
import { attendeeName, retry, useAttentionRecords } from '../state/attention-list';
import { formatTime, problemText, t } from '../state/language';
import { CardList } from '../components/card-list';
import { Page } from '../components/page';

/** Records the server did not accept, each with its reason and a way to send it again. */
export default function AttentionRoute() {
  const records = useAttentionRecords();
  return (
    <Page name="attention" title={t('attention.title')}>
      <p>{t('attention.intro')}</p>
      <CardList items={records()} name="attention" empty={t('attention.empty')}>
        {(record) => (
          <>
            <p class="card__title">{attendeeName(record)}</p>
            <p class="card__status">
              {record.serverStatus === 'conflict' ? t('attention.status.conflict') : t('attention.status.rejected')}
              {' · '}
              {t('attention.savedAt', { time: formatTime(record.createdAt) })}
            </p>
            <Show when={record.problem}>
              {(p) => (
                <>
                  <p class="card__reason">{problemText(p())}</p>
                  <FieldIssues issues={p().details?.fields} />
                </>
              )}
            </Show>
            <button type="button" class="button button--secondary" aria-label={t('attention.retryOf', { name: attendeeName(record) })} onClick={() => void retry(record.id)}>
              {t('attention.retry')}
            </button>
          </>
        )}
      </CardList>
    </Page>
  );
}

function FieldIssues(props: { issues?: FieldIssue[] }) {
  return (
    <Show when={props.issues?.length}>
      <ul class="card__issues">
        <For each={props.issues}>
          {(issue) => (
            <li>
              <code>{issue.path}</code>: {issue.message}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
