import { For, Show } from 'solid-js';
import { chartSummary, nothingToChart, type DataTableModel } from '../../state/reports/data-table';
import type { Labels } from '../../state/reports/report-labels';
import { ChartCanvas } from './chart-canvas';
import { DataTable } from './data-table';

/** One indicator: its heading, its chart (when there is something to draw) and, always, its table. */
export function TableFigure(props: { model: DataTableModel; labels: Labels }) {
  const headingId = () => `h-${props.model.id}`;
  return (
    <section class="rpt-figure" aria-labelledby={headingId()} data-testid="report-figure" data-figure={props.model.id}>
      <h3 class="rpt-figure__title" id={headingId()}>
        {props.model.title}
      </h3>
      <Show when={props.model.chart && !nothingToChart(props.model)}>
        <ChartCanvas model={props.model} summary={chartSummary(props.model, props.labels)} valueLabel={props.model.columns[0] ?? ''} />
      </Show>
      <Show when={props.model.columns.length > 0}>
        <DataTable model={props.model} />
      </Show>
      <For each={props.model.notes}>{(note) => <p class="rpt-note">{note}</p>}</For>
    </section>
  );
}
