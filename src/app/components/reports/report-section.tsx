import { For, Show } from 'solid-js';
import type { Labels } from '../../state/reports/report-labels';
import type { ReportSection } from '../../state/reports/report-sections';
import { TableFigure } from './table-figure';
import { FactList } from './fact-list';

/** A report heading with its key figures, then one figure (chart and table) per indicator. */
export function ReportSectionView(props: { section: ReportSection; labels: Labels }) {
  return (
    <section class="rpt-section" aria-labelledby={`s-${props.section.id}`} data-testid="report-section" data-section={props.section.id}>
      <h2 class="rpt-section__title" id={`s-${props.section.id}`}>
        {props.section.title}
      </h2>
      <Show when={props.section.facts.length > 0}>
        <FactList facts={props.section.facts} />
      </Show>
      <Show when={props.section.empty}>{(text) => <p class="rpt-note">{text()}</p>}</Show>
      <div class="rpt-grid">
        <For each={props.section.tables}>{(model) => <TableFigure model={model} labels={props.labels} />}</For>
      </div>
    </section>
  );
}
