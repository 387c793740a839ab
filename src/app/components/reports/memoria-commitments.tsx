import { For, Show } from 'solid-js';
import type { CommitmentItem } from '../../../core/commitments';
import { catalogueName } from '../../state/door/catalogue-choices';
import type { Labels } from '../../state/reports/report-labels';

/**
 * The commitments made at the event (issue 14), where they stand today: what, who answers for it, by when,
 * status and progress. Nothing personal: a commitment that came from a question does not name who asked it.
 */
export function MemoriaCommitments(props: { items: CommitmentItem[]; today: string; labels: Labels }) {
  const l = () => props.labels;
  return (
    <section class="rpt-section" aria-labelledby="s-commitments" data-testid="memoria-commitments">
      <h2 class="rpt-section__title" id="s-commitments">
        {l().t('reports.memoria.commitments')}
      </h2>
      <p class="rpt-note">{l().t('reports.memoria.commitmentsAsOf', { today: props.today })}</p>
      <div class="rpt-table-wrap">
        <table class="rpt-table rpt-commitments">
          <thead>
            <tr>
              <th scope="col">{l().t('reports.memoria.commitment')}</th>
              <th scope="col">{l().t('reports.memoria.office')}</th>
              <th scope="col">{l().t('reports.memoria.dueDate')}</th>
              <th scope="col">{l().t('reports.memoria.status')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr data-testid="memoria-commitment" data-status={item.standing.status}>
                  <th scope="row">
                    {item.title}
                    <Show when={item.description}>{(text) => <span class="rpt-commitments__detail">{text()}</span>}</Show>
                  </th>
                  <td>{catalogueName('offices', item.office)}</td>
                  <td>{item.dueDate}</td>
                  <td>
                    {l().t(`reports.memoria.status.${item.standing.status}`)} · {item.standing.percent} %
                    <Show when={item.standing.lastUpdate}>{(u) => <span class="rpt-commitments__detail">{u().text}</span>}</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
