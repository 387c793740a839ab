import type { JSX } from 'solid-js';
import { EntityHeading } from '../print/entity-heading';

/** The municipality's header on printed documents: who issues it, what it is, about which event. */
export function Letterhead(props: { title: string; children?: JSX.Element }) {
  return (
    <header class="rpt-letterhead" data-testid="letterhead">
      <EntityHeading class="rpt-letterhead__issuer" />
      <h1 class="rpt-letterhead__title" tabindex="-1">
        {props.title}
      </h1>
      {props.children}
    </header>
  );
}
