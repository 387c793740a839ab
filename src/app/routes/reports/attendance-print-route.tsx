import '../../styles/reports.css';
import { For, Show } from 'solid-js';
import { Letterhead } from '../../components/reports/letterhead';
import { PrintBar } from '../../components/reports/print-bar';
import { ReportFailureView } from '../../components/reports/report-failure';
import { formatDateRange } from '../../state/events/event-format';
import { catalogueName } from '../../state/door/catalogue-choices';
import { formatCount, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';
import { loadAttendanceSheet, loadEvent } from '../../state/reports/report-loaders';
import { useReport } from '../../state/reports/use-report';

/**
 * /eventos/:id/listado/imprimir — the listado de asistencia on A4: the municipality's header, one row
 * per person admitted in order of arrival, the consent each gave, and a column to sign.
 */
export default function AttendancePrintRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const event = useReport(id, loadEvent);
  const sheet = useReport(id, loadAttendanceSheet);
  const failure = () => event.failure() ?? sheet.failure();
  const retry = () => {
    event.retry();
    sheet.retry();
  };
  return (
    <div class="rpt-print rpt-print--listado" data-testid="attendance-print">
      <PrintBar back={`/eventos/${encodeURIComponent(id())}/informe`} backText={t('reports.event.backToReport')} />
      <Letterhead title={t('reports.listado.title')}>
        <Show when={event.value()}>
          {(e) => (
            <dl class="rpt-docfacts">
              <dt>{t('reports.listado.event')}</dt>
              <dd data-testid="listado-event">{e().name}</dd>
              <dt>{t('reports.listado.when')}</dt>
              <dd>{formatDateRange(e().startsAt, e().endsAt)}</dd>
              <dt>{t('reports.listado.where')}</dt>
              <dd>
                {e().place ?? '—'} · {catalogueName('territories', e().territory)}
              </dd>
            </dl>
          )}
        </Show>
      </Letterhead>
      <Show when={failure()}>{(f) => <ReportFailureView failure={f()} onRetry={retry} />}</Show>
      <Show when={sheet.loading()}>
        <p role="status">{t('reports.loading')}</p>
      </Show>
      <Show when={sheet.value()}>
        {(s) => (
          <>
            <table class="rpt-listado" data-testid="listado-table">
              <caption>{t('reports.listado.caption', { count: formatCount(s().rows.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.listado.number')}</th>
                  <th scope="col">{t('reports.listado.name')}</th>
                  <th scope="col">{t('reports.listado.document')}</th>
                  <th scope="col">{territoryLabel()}</th>
                  <th scope="col">{t('reports.listado.arrival')}</th>
                  <th scope="col">{t('reports.listado.consent')}</th>
                  <th scope="col">{t('reports.listado.signature')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={s().rows}>
                  {(row) => (
                    <tr data-testid="listado-row">
                      <td>{row.number}</td>
                      <th scope="row">{row.anonymous ? t('reports.listado.anonymousName') : row.name}</th>
                      <td>{row.document}</td>
                      <td>{row.territory}</td>
                      <td>{row.arrivedAt}</td>
                      <td data-testid="listado-consent">{row.noticeVersion ? t('reports.listado.consentWithVersion', { consent: row.consent, version: row.noticeVersion }) : row.consent}</td>
                      <td class="rpt-listado__sign" />
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="rpt-note" data-testid="listado-total">
              {t('reports.listado.total', { count: formatCount(s().rows.length) })}
              <Show when={s().duplicates > 0}> {t('reports.listado.duplicates', { count: formatCount(s().duplicates) })}</Show>
            </p>
          </>
        )}
      </Show>
    </div>
  );
}
