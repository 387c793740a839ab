import '../../styles/reports.css';
import { createMemo, For, Show } from 'solid-js';
import { DownloadLinks } from '../../components/reports/download-links';
import { LocalReport } from '../../components/reports/local-report';
import { ReportFailureView } from '../../components/reports/report-failure';
import { ReportSectionView } from '../../components/reports/report-section';
import { t } from '../../state/language';
import { formatDateRange, formatLongDate } from '../../state/events/event-format';
import { currentLabels } from '../../state/reports/current-labels';
import { eventSections } from '../../state/reports/event-sections';
import { endpoints } from '../../state/reports/report-endpoints';
import { loadEventReport } from '../../state/reports/report-loaders';
import { useReport } from '../../state/reports/use-report';

/** /eventos/:id/informe — every indicator of one event, computed by the server from every device's records. */
export default function EventReportRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const report = useReport(id, loadEventReport);
  const labels = createMemo(currentLabels);
  const sections = createMemo(() => {
    const value = report.value();
    return value ? eventSections(value, labels()) : [];
  });
  const base = () => `/eventos/${encodeURIComponent(id())}`;
  return (
    <div class="rpt-page" data-testid="event-report">
      <h1 class="page__title" tabindex="-1">
        {t('reports.event.title')}
      </h1>
      <Show when={report.value()}>
        {(r) => (
          <p class="rpt-lead" data-testid="report-event-name">
            {r().event.name} · {formatDateRange(r().event.startsAt, r().event.endsAt)}
          </p>
        )}
      </Show>
      <nav class="rpt-links no-print" aria-label={t('reports.event.documents')}>
        <a href={base()}>{t('reports.event.back')}</a>
        <a href={`${base()}/memoria`}>{t('reports.memoria.title')}</a>
        <a href={`${base()}/listado/imprimir`}>{t('reports.listado.title')}</a>
      </nav>
      <DownloadLinks
        label={t('reports.downloads')}
        links={[
          { href: endpoints.attendanceXlsx(id()), text: t('reports.download.attendanceXlsx') },
          { href: endpoints.attendanceCsv(id()), text: t('reports.download.attendanceCsv') },
        ]}
      />
      <Show when={report.failure()}>{(f) => <ReportFailureView failure={f()} onRetry={report.retry} />}</Show>
      <Show when={report.failure()?.reason === 'offline'}>
        <LocalReport eventId={id()} labels={labels()} />
      </Show>
      <Show when={report.loading()}>
        <p role="status">{t('reports.loading')}</p>
      </Show>
      <Show when={report.value()}>
        {(r) => (
          <>
            <p class="rpt-note">{t('reports.asOf', { at: formatLongDate(r().asOf) })}</p>
            <For each={sections()}>{(section) => <ReportSectionView section={section} labels={labels()} />}</For>
          </>
        )}
      </Show>
    </div>
  );
}
