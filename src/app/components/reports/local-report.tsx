import { createResource, For, Show } from 'solid-js';
import type { Labels } from '../../state/reports/report-labels';
import { loadLocalEventReport } from '../../state/reports/local-report-loader';
import { localSections } from '../../state/reports/local-sections';
import { ReportSectionView } from './report-section';

/** Offline: the provisional report from this device's own records, clearly labelled as such. */
export function LocalReport(props: { eventId: string; labels: Labels }) {
  const [local] = createResource(() => props.eventId, loadLocalEventReport);
  return (
    <Show when={local()}>
      {(report) => (
        <section class="rpt-local" aria-labelledby="local-title" data-testid="local-report">
          <h2 id="local-title" class="rpt-section__title">
            {props.labels.t('reports.local.title')}
          </h2>
          <p class="rpt-note">{props.labels.t('reports.local.note', { count: props.labels.count(report().records) })}</p>
          <For each={localSections(report(), props.labels)}>{(section) => <ReportSectionView section={section} labels={props.labels} />}</For>
        </section>
      )}
    </Show>
  );
}
