import { For, Show, type JSX } from 'solid-js';

export interface CardListProps<T> {
  /** Undefined while loading. */
  items: readonly T[] | undefined;
  /** Names the list for tests: `<name>-list`, and `<name>-empty` on the line said when there is nothing. */
  name: string;
  empty: string;
  /** What shows while loading (nothing unless given). */
  loading?: JSX.Element;
  children: (item: T) => JSX.Element;
}

/** A list of cards once it has loaded, or one plain line saying it is empty. */
export function CardList<T>(props: CardListProps<T>) {
  return (
    <Show when={props.items} fallback={props.loading}>
      {(items) => (
        <Show when={items().length > 0} fallback={<p data-testid={`${props.name}-empty`}>{props.empty}</p>}>
          <ul class="cards" data-testid={`${props.name}-list`}>
            <For each={items()}>{(item) => <li class="card">{props.children(item)}</li>}</For>
          </ul>
        </Show>
      )}
    </Show>
  );
}
