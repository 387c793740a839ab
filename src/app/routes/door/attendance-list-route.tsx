import { For, Show } from 'solid-js';
import { InterpreterAlert } from '../../components/events/interpreter-alert';
import { OfflineNotice } from '../../components/events/offline-notice';
import { useAttendanceReport } from '../../state/events/attendance-list';
import type { AttendanceReport } from '../../state/events/events-api';
import { methodLabel } from '../../state/door/door-texts';
import { formatCount, formatTime, problemText, t } from '../../state/language';
import '../../styles/door.css';
import { Page } from '../../components/page';
import { services } from '../../state/services';

/** /eventos/:id/listado: the official list from the server; offline duplicates are kept and flagged. */
export default function AttendanceListRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const { report, reload, loading } = useAttendanceReport(id);
  const value = () => {
    const answer = report();
    return answer?.ok ? answer.value : undefined;
  };
  const failure = () => {
    const answer = report();
    return answer && !answer.ok ? answer : undefined;
  };
  return (
    <Page name="list" title={t('events.list.title')} class="page--wide">
      <p class="page__meta">
        <a href={`/eventos/${encodeURIComponent(id())}`}>{t('events.back')}</a>
      </p>
      <OfflineNotice text={t('events.list.offline')} />
      <button type="button" class="button button--secondary" disabled={loading()} onClick={() => void reload()}>
        {t('events.list.reload')}
      </button>
      <Show when={failure()}>
        {(f) => (
          <p class="banner banner--error" role="alert">
            {f().offline ? t('events.list.offline') : problemText(f().problem)}
          </p>
        )}
      </Show>
      <Show when={value()}>{(v) => <AttendanceTable report={v()} />}</Show>
    </Page>
  );
}

function AttendanceTable(props: { report: AttendanceReport }) {
  const demand = () => {
    const d = props.report.interpreterDemand;
    return { lsc: d.lsc, guideInterpreter: d.guide, people: d.people, threshold: d.threshold, reached: d.thresholdReached, missing: Math.max(0, d.threshold - d.people) };
  };
  return (
    <>
      <InterpreterAlert demand={demand()} booked={false} />
      <dl class="counters" data-testid="list-counts">
        <div class="counters__item">
          <dt>{t('events.list.admitted')}</dt>
          <dd data-testid="list-admitted">{formatCount(props.report.counts.admitted)}</dd>
        </div>
        <div class="counters__item" classList={{ 'counters__item--pending': props.report.counts.duplicates > 0 }}>
          <dt>{t('events.list.duplicates')}</dt>
          <dd data-testid="list-duplicates">{formatCount(props.report.counts.duplicates)}</dd>
        </div>
        <div class="counters__item">
          <dt>{t('events.list.anonymous')}</dt>
          <dd>{formatCount(props.report.counts.anonymous)}</dd>
        </div>
      </dl>
      <div class="table-scroll" tabindex="0" role="region" aria-label={t('events.list.title')}>
        <table class="attendance-table" data-testid="attendance-table">
          <thead>
            <tr>
              <th scope="col">{t('events.list.name')}</th>
              <th scope="col">{t('events.list.time')}</th>
              <th scope="col">{t('events.list.method')}</th>
              <th scope="col">{t('events.list.device')}</th>
              <th scope="col">{t('events.list.status')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.rows}>
              {(row) => (
                <tr classList={{ 'row--duplicate': row.status === 'duplicate_admitted_offline' }} data-status={row.status}>
                  <td>{row.anonymous ? t('events.list.anonymousName') : (row.displayName ?? '—')}</td>
                  <td>{formatTime(row.checkedInAt)}</td>
                  <td>{methodLabel(row.method)}</td>
                  <td>
                    <Show when={row.deviceLabel} fallback={t(row.deviceId === services()?.deviceId ? 'events.list.thisDevice' : 'events.list.otherDevice')}>
                      {(label) => label()}
                    </Show>
                  </td>
                  <td>
                    {row.status === 'admitted' ? (
                      t('events.list.statusAdmitted')
                    ) : (
                      <strong class="flag-duplicate">{t(row.status === 'undone' ? 'events.list.statusUndone' : 'events.list.statusDuplicate')}</strong>
                    )}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}
