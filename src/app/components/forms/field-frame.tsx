import type { JSX } from 'solid-js';
import { describedBy as describedByTexts, FieldFrame as Frame } from '../field-frame';

export interface FieldFrameProps {
  id: string;
  label: string;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  /** Several inputs answer one question: a fieldset whose legend is the question. */
  group: boolean;
  children: JSX.Element;
}

/** Ids of the help and error texts an input (or group) is described by (a form calls its hint "help"). */
export const describedBy = (props: { id: string; help?: string | undefined; error?: string | undefined }): string | undefined =>
  describedByTexts({ id: props.id, hint: props.help, error: props.error });

/** One question of a citizen's form: the shared frame, styled as a question and found by data-field. */
export function FieldFrame(props: FieldFrameProps) {
  return (
    <Frame
      id={props.id}
      label={props.label}
      hint={props.help}
      error={props.error}
      required={props.required}
      group={props.group}
      class={props.group ? 'qfield qfield--group' : 'qfield'}
      legendClass="field__label qfield__legend"
      dataField={props.id}
    >
      {props.children}
    </Frame>
  );
}
