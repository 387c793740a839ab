import '../../styles/reports.css';
import { createMemo, For, Show } from 'solid-js';
import { EscuchaderoAnswers } from '../../components/reports/escuchadero-answers';
import { MemoriaCommitments } from '../../components/reports/memoria-commitments';
import { MemoriaCover } from '../../components/reports/memoria-cover';
import { MemoriaPdfLink } from '../../components/reports/memoria-pdf-link';
import { PrintBar } from '../../components/reports/print-bar';
import { ReportFailureView } from '../../components/reports/report-failure';
import { ReportSectionView } from '../../components/reports/report-section';
import { t } from '../../state/language';
import { formatLongDate } from '../../state/events/event-format';
import { currentLabels } from '../../state/reports/current-labels';
import { memoriaSections } from '../../state/reports/memoria-sections';
import { loadEscuchaderoEntries, loadEvent, loadEventCommitments, loadEventReport } from '../../state/reports/report-loaders';
import { useReport } from '../../state/reports/use-report';
import { FactList } from '../../components/reports/fact-list';

/**
 * /eventos/:id/memoria — the memoria del evento, a document the municipality publishes: cover, objective,
 * attendance and its characterisation (small cells protected by the server), the questions and proposals with
 * their answers, the evaluation, the commitments and, as annexes, the detail. What did not happen is left out
 * (memoria-sections.ts). Printed from the browser, or as PDF by the server from this same page (memoria-pdf.ts),
 * which waits for data-ready.
 */
export default function MemoriaRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const event = useReport(id, loadEvent);
  const report = useReport(id, loadEventReport);
  const entries = useReport(id, loadEscuchaderoEntries);
  const commitments = useReport(id, loadEventCommitments);
  const labels = createMemo(currentLabels);
  const sections = createMemo(() => {
    const value = report.value();
    return value ? memoriaSections(value, labels()) : undefined;
  });
  const failure = () => event.failure() ?? report.failure();
  const settled = () => !event.loading() && !report.loading() && !entries.loading() && !commitments.loading();
  // A role that may not read the inbox or the commitments gets the memoria without them, not an error.
  const shownFailure = (f: ReturnType<typeof entries.failure>) => (f && f.reason !== 'forbidden' ? f : undefined);
  const questions = () => entries.value() ?? [];
  const madeCommitments = () => commitments.value()?.items ?? [];
  return (
    <div class="rpt-print rpt-print--memoria" data-testid="memoria" data-ready={settled() ? 'true' : 'false'}>
      <PrintBar back={`/eventos/${encodeURIComponent(id())}/informe`} backText={t('reports.event.backToReport')} />
      <MemoriaPdfLink eventId={id()} />
      <MemoriaCover event={event.value()} />
      <Show when={failure()}>
        {(f) => (
          <ReportFailureView
            failure={f()}
            onRetry={() => {
              event.retry();
              report.retry();
              entries.retry();
              commitments.retry();
            }}
          />
        )}
      </Show>
      <Show when={report.loading() || event.loading()}>
        <p role="status">{t('reports.loading')}</p>
      </Show>
      <Show when={report.value() && sections()}>
        {(s) => (
          <>
            <p class="rpt-note">
              {t('reports.asOf', { at: formatLongDate(report.value()!.asOf) })} {t('reports.memoria.zeroRowsLeftOut')}
            </p>
            <For each={s().attendance}>{(section) => <ReportSectionView section={section} labels={labels()} />}</For>
            <Show when={shownFailure(entries.failure())}>{(f) => <ReportFailureView failure={f()} onRetry={entries.retry} />}</Show>
            <Show when={questions().length > 0}>
              <section class="rpt-section" aria-labelledby="s-qa" data-testid="memoria-qa-section">
                <h2 class="rpt-section__title" id="s-qa">
                  {t('reports.memoria.questions')}
                </h2>
                <Show when={s().escuchadero}>
                  {(figures) => <FactList facts={figures().facts} />}
                </Show>
                <EscuchaderoAnswers items={questions()} labels={labels()} />
              </section>
            </Show>
            <Show when={s().evaluation}>{(section) => <ReportSectionView section={section()} labels={labels()} />}</Show>
            <Show when={shownFailure(commitments.failure())}>{(f) => <ReportFailureView failure={f()} onRetry={commitments.retry} />}</Show>
            <Show when={madeCommitments().length > 0}>
              <MemoriaCommitments items={madeCommitments()} today={commitments.value()!.today} labels={labels()} />
            </Show>
            <Show when={s().annexes.length > 0 || (s().escuchadero?.tables.length ?? 0) > 0}>
              <section class="rpt-annexes" aria-labelledby="s-annexes" data-testid="memoria-annexes">
                <h2 class="rpt-section__title rpt-annexes__title" id="s-annexes">
                  {t('reports.memoria.annexes')}
                </h2>
                <Show when={s().escuchadero}>
                  {(figures) => <ReportSectionView section={{ ...figures(), facts: [], title: t('reports.memoria.escuchaderoFigures') }} labels={labels()} />}
                </Show>
                <For each={s().annexes}>{(section) => <ReportSectionView section={section} labels={labels()} />}</For>
              </section>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
