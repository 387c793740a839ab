import type { JSX } from 'solid-js';

/**
 * A screen: a section named by its heading. The heading takes focus after navigation (tabindex -1), so a
 * screen reader starts reading the new screen at its title.
 */
export function Page(props: { name: string; title: string; class?: string; children: JSX.Element }) {
  return (
    <section class={props.class ? `page ${props.class}` : 'page'} aria-labelledby={`${props.name}-title`}>
      <h1 id={`${props.name}-title`} class="page__title" tabindex="-1">
        {props.title}
      </h1>
      {props.children}
    </section>
  );
}
