import { For, Show } from 'solid-js';
import type { DataTableModel } from '../../state/reports/data-table';
import { t } from '../../state/language';

/** The numbers behind a chart, as a real table: caption, column and row headers with scope. */
export function DataTable(props: { model: DataTableModel }) {
  return (
    <div class="rpt-table-wrap">
      <table class="rpt-table" data-testid="report-table" data-table={props.model.id}>
        <caption>{t('reports.tableOf', { title: props.model.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{props.model.rowHeading}</th>
            <For each={props.model.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.model.rows}>
            {(row) => (
              <tr data-key={row.key}>
                <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
                <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
              </tr>
            )}
          </For>
          <Show when={props.model.rows.length === 0 && props.model.columns.length > 0}>
            <tr>
              <td colSpan={props.model.columns.length + 1}>{t('reports.noData')}</td>
            </tr>
          </Show>
        </tbody>
      </table>
    </div>
  );
}
