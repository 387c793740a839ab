import '../../styles/reports.css';
import { createMemo, For, Show } from 'solid-js';
import { EventFacts } from '../../components/events/event-facts';
import { EscuchaderoAnswers } from '../../components/reports/escuchadero-answers';
import { Letterhead } from '../../components/reports/letterhead';
import { PrintBar } from '../../components/reports/print-bar';
import { ReportFailureView } from '../../components/reports/report-failure';
import { ReportSectionView } from '../../components/reports/report-section';
import { t } from '../../state/language';
import { formatLongDate } from '../../state/events/event-format';
import { currentLabels, currentMunicipality } from '../../state/reports/current-labels';
import { eventSections } from '../../state/reports/event-sections';
import { loadEscuchaderoEntries, loadEvent, loadEventReport } from '../../state/reports/report-loaders';
import { useReport } from '../../state/reports/use-report';

/**
 * /eventos/:id/memoria — the memoria del evento: its data, every indicator with its chart and table, the
 * escuchadero's questions with their answers, and the evaluation. Printed (or saved as PDF) from the browser.
 */
export default function MemoriaRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const event = useReport(id, loadEvent);
  const report = useReport(id, loadEventReport);
  const entries = useReport(id, loadEscuchaderoEntries);
  const labels = createMemo(currentLabels);
  const sections = createMemo(() => {
    const value = report.value();
    return value ? eventSections(value, labels()) : [];
  });
  const failure = () => event.failure() ?? report.failure();
  return (
    <div class="rpt-print rpt-print--memoria" data-testid="memoria">
      <PrintBar back={`/eventos/${encodeURIComponent(id())}/informe`} backText={t('reports.event.backToReport')} />
      <Letterhead municipality={currentMunicipality()} title={t('reports.memoria.title')}>
        <Show when={event.value()}>{(e) => <p class="rpt-letterhead__event" data-testid="memoria-event">{e().name}</p>}</Show>
      </Letterhead>
      <Show when={failure()}>
        {(f) => (
          <ReportFailureView
            failure={f()}
            onRetry={() => {
              event.retry();
              report.retry();
              entries.retry();
            }}
          />
        )}
      </Show>
      <Show when={report.loading() || event.loading()}>
        <p role="status">{t('reports.loading')}</p>
      </Show>
      <Show when={event.value()}>
        {(e) => (
          <section class="rpt-section" aria-labelledby="s-event">
            <h2 class="rpt-section__title" id="s-event">
              {t('reports.memoria.eventData')}
            </h2>
            <EventFacts event={e()} />
          </section>
        )}
      </Show>
      <Show when={report.value()}>
        {(r) => (
          <>
            <p class="rpt-note">{t('reports.asOf', { at: formatLongDate(r().asOf) })}</p>
            <For each={sections()}>{(section) => <ReportSectionView section={section} labels={labels()} />}</For>
            <section class="rpt-section" aria-labelledby="s-qa" data-testid="memoria-qa-section">
              <h2 class="rpt-section__title" id="s-qa">
                {t('reports.memoria.questions')}
              </h2>
              <Show when={entries.failure()}>{(f) => <ReportFailureView failure={f()} onRetry={entries.retry} />}</Show>
              <Show when={entries.value()}>{(items) => <EscuchaderoAnswers items={items()} labels={labels()} />}</Show>
            </section>
          </>
        )}
      </Show>
    </div>
  );
}
