import { For } from 'solid-js';

/** A report's key figures as a definition list ("Asistentes: 212"). */
export function FactList(props: { facts: readonly { label: string; value: string | number }[] }) {
  return (
    <dl class="rpt-facts">
      <For each={props.facts}>
        {(fact) => (
          <div class="rpt-facts__item">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
