import '../../styles/reports.css';
import '../../styles/door.css';
import { createMemo, For, Show } from 'solid-js';
import { DownloadLinks } from '../../components/reports/download-links';
import { PeriodForm } from '../../components/reports/period-form';
import { ReportFailureView } from '../../components/reports/report-failure';
import { ReportSectionView } from '../../components/reports/report-section';
import { formatCount, t } from '../../state/language';
import { navigate, search } from '../../state/router';
import { currentLabels } from '../../state/reports/current-labels';
import { dashboardSections } from '../../state/reports/dashboard-sections';
import { bogotaToday, periodSearch, readPeriod } from '../../state/reports/period-params';
import { endpoints, OPEN_DATA_TABLES } from '../../state/reports/report-endpoints';
import { loadDashboard } from '../../state/reports/report-loaders';
import { useReport } from '../../state/reports/use-report';

/** /informes?desde=…&hasta=… — the planning office's indicators over a period (the current year by default). */
export default function DashboardRoute() {
  const chosen = createMemo(() => readPeriod(search(), bogotaToday(Date.now())));
  const period = createMemo(() => chosen().period, undefined, { equals: (a, b) => a.from === b.from && a.to === b.to });
  const report = useReport(period, loadDashboard);
  const labels = createMemo(currentLabels);
  const sections = createMemo(() => {
    const value = report.value();
    return value ? dashboardSections(value, labels()) : [];
  });
  const downloads = () => {
    const { from, to } = period();
    return [
      { href: endpoints.periodXlsx(from, to), text: t('reports.download.periodXlsx') },
      ...OPEN_DATA_TABLES.flatMap((table) => [
        { href: endpoints.openData(from, to, table), text: t(`reports.download.openData.${table}`) },
        { href: endpoints.dictionary(table), text: t(`reports.download.dictionary.${table}`) },
      ]),
    ];
  };
  return (
    <div class="rpt-page" data-testid="dashboard">
      <h1 class="page__title" tabindex="-1">
        {t('reports.dashboard.title')}
      </h1>
      <p class="rpt-lead" data-testid="dashboard-period">
        {t('reports.dashboard.period', { from: period().from, to: period().to })}
      </p>
      <Show when={chosen().invalid}>
        <p class="rpt-failure" role="alert">
          {t('reports.period.invalid')}
        </p>
      </Show>
      <Show keyed when={period()}>
        {(p) => <PeriodForm period={p} onChoose={(next) => navigate(`/informes${periodSearch(next)}`)} />}
      </Show>
      <DownloadLinks label={t('reports.downloads')} links={downloads()} />
      <Show when={report.failure()}>{(f) => <ReportFailureView failure={f()} onRetry={report.retry} />}</Show>
      <Show when={report.loading()}>
        <p role="status">{t('reports.loading')}</p>
      </Show>
      <For each={report.value()?.interpreterAlerts ?? []}>
        {(alert) => (
          <section class="alert-982" role="alert" data-testid="ley-982-alert" aria-label={`${t('events.ley982.title')}: ${alert.name}`}>
            <h2 class="alert-982__title">
              {t('events.ley982.title')}: <a href={`/eventos/${encodeURIComponent(alert.eventId)}`}>{alert.name}</a>
            </h2>
            <p class="alert-982__booking">
              {alert.booked ? t('events.ley982.booked') : t('events.ley982.listNotBooked', { people: formatCount(alert.people) })}
            </p>
          </section>
        )}
      </For>
      <For each={sections()}>{(section) => <ReportSectionView section={section} labels={labels()} />}</For>
    </div>
  );
}
