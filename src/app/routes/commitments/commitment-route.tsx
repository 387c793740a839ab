import '../../styles/commitments.css';
import { For, onMount, Show } from 'solid-js';
import { HistoryList } from '../../components/commitments/history-list';
import { ProgressBar } from '../../components/commitments/progress-bar';
import { ProgressForm } from '../../components/commitments/progress-form';
import { StatusBadge } from '../../components/commitments/status-badge';
import { canWriteCommitments } from '../../state/commitments/commitment-access';
import { commitmentLabel, STATUS_KEYS } from '../../state/commitments/commitment-labels';
import { createCommitmentPage } from '../../state/commitments/commitment-page';
import { formatDay } from '../../state/commitments/format-day';
import { formatCount, language, problemText, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';
import type { MessageKey } from '../../i18n';

const ORIGIN_KEYS: Record<string, MessageKey> = {
  typed: 'commitments.origin.typed',
  escuchadero: 'commitments.origin.escuchadero',
  priorizacion: 'commitments.origin.priorizacion',
};

/** /compromisos/:id — one commitment: status, facts, progress reports, a new report, and its audit history. */
export default function CommitmentRoute(props: { params: Record<string, string> }) {
  const page = createCommitmentPage(props.params.id ?? '');
  onMount(() => void page.load());
  return (
    <div class="page cpage">
      <Show when={page.loadProblem()}>
        {(p) => (
          <>
            <h1 class="page__title" tabindex="-1">
              {t('commitments.page.title')}
            </h1>
            <p class="save-status__error" role="alert">
              {problemText(p())}
            </p>
          </>
        )}
      </Show>
      <Show when={page.detail()} fallback={<Show when={!page.loadProblem()}><p role="status">{t('commitments.loading')}</p></Show>}>
        {(d) => (
          <>
            <h1 class="page__title" tabindex="-1" data-testid="commitment-title">
              {d().item.title}
            </h1>
            <p class="ccard__status">
              <StatusBadge status={d().item.standing.status} />
              <Show when={d().item.standing.status === 'vencido'}>
                <span class="ccard__late"> {t('commitments.overdueSince', { date: formatDay(d().item.dueDate) })}</span>
              </Show>
            </p>
            <ProgressBar id="commitment-progress" percent={d().item.standing.percent} />
            <dl class="cfacts">
              <dt>{t('commitments.field.event')}</dt>
              <dd>
                <a href={`/eventos/${encodeURIComponent(d().item.eventId)}`}>{page.eventName()}</a>
              </dd>
              <dt>{t('commitments.field.office')}</dt>
              <dd>{commitmentLabel('office', d().item.office, language())}</dd>
              <dt>{t('commitments.field.dueDate')}</dt>
              <dd>{formatDay(d().item.dueDate)}</dd>
              <Show when={d().item.topic}>
                {(code) => (
                  <>
                    <dt>{t('commitments.field.topic')}</dt>
                    <dd>{commitmentLabel('topic', code(), language())}</dd>
                  </>
                )}
              </Show>
              <Show when={d().item.territory}>
                {(code) => (
                  <>
                    <dt>{territoryLabel()}</dt>
                    <dd>{commitmentLabel('territory', code(), language())}</dd>
                  </>
                )}
              </Show>
              <dt>{t('commitments.field.origin')}</dt>
              <dd>{t(ORIGIN_KEYS[d().item.origin.kind] ?? 'commitments.origin.typed')}</dd>
            </dl>
            <Show when={d().item.description}>{(text) => <p class="cdescription">{text()}</p>}</Show>

            <h2>{t('commitments.updates.title')}</h2>
            <Show when={d().updates.length > 0} fallback={<p>{t('commitments.updates.empty')}</p>}>
              <ol class="cupdates" data-testid="commitment-updates">
                <For each={[...d().updates].reverse()}>
                  {(u) => (
                    <li class="card cupdate">
                      <p class="cupdate__head">
                        <strong>{formatDay(u.date)}</strong> · {t(STATUS_KEYS[u.state])} · {t('commitments.progress', { percent: formatCount(u.percent) })}
                      </p>
                      <p>{u.text}</p>
                      <Show when={u.evidenceUrl}>
                        {(url) => (
                          <p>
                            <a href={url()} rel="noopener noreferrer" target="_blank">
                              {t('commitments.updates.evidence')}
                            </a>
                          </p>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
            <Show when={canWriteCommitments()}>
              <ProgressForm page={page} />
            </Show>
            <h2>{t('commitments.history.title')}</h2>
            <Show when={page.history()} fallback={<p>{t('commitments.history.unavailable')}</p>}>
              {(entries) => <HistoryList entries={entries()} />}
            </Show>
          </>
        )}
      </Show>
      <p>
        <a href="/compromisos">{t('commitments.back')}</a>
      </p>
    </div>
  );
}
