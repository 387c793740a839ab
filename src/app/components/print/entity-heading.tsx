import { Show } from 'solid-js';
import { entityLogo, entityName } from '../../state/settings/entity-settings';

/**
 * Who issues a printed page or a citizen's pass (posters, the memoria, the listado): the entity's name and logo
 * from its settings. The ONE place every print takes them from.
 */
export function EntityHeading(props: { class?: string }) {
  return (
    <div class={`entity-heading ${props.class ?? ''}`} data-testid="entity-heading">
      <Show when={entityLogo()}>{(src) => <img class="entity-heading__logo" src={src()} alt="" />}</Show>
      <p class="entity-heading__name" data-testid="municipality">
        {entityName()}
      </p>
    </div>
  );
}
