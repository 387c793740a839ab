import { Show } from 'solid-js';
import { entityLogo } from '../../state/settings/entity-settings';

/**
 * Who issues a printed page (posters, the memoria, the listado): the entity's name, and its logo when it has one.
 * The ONE place every print takes it from: the name from the entity settings (via the caller), the logo from them too
 * unless the caller gives one.
 */
export function EntityHeading(props: { name: string; logoUrl?: string; class?: string }) {
  return (
    <div class={`entity-heading ${props.class ?? ''}`} data-testid="entity-heading">
      <Show when={props.logoUrl ?? entityLogo()}>{(src) => <img class="entity-heading__logo" src={src()} alt="" />}</Show>
      <p class="entity-heading__name" data-testid="municipality">
        {props.name}
      </p>
    </div>
  );
}
