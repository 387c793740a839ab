import { createMemo, createRenderEffect, untrack, type JSX } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame, type FieldTexts } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectGroup {
  /** Absent or empty for options shown without a heading. */
  label?: string | undefined;
  options: SelectOption[];
}

export interface SelectInputProps extends FieldTexts {
  value: string;
  onChange: (value: string) => void;
  groups: SelectGroup[];
  /** The first, empty choice ("Elija…", "Todos"); without it the list has no empty choice. */
  placeholder?: string | undefined;
  required?: boolean | undefined;
}

/**
 * The options as plain nodes, built once per list. A reactive <option> each (a component, an effect for its
 * `selected`) cost a cheap phone tens of milliseconds on the long lists (territories, topics, document types).
 * Labels are set as text, never markup.
 */
function optionNodes(groups: SelectGroup[], placeholder: string | undefined): Node[] {
  const nodes: Node[] = placeholder ? [new Option(placeholder, '')] : [];
  for (const group of groups) {
    const options = group.options.map((o) => new Option(o.label, o.value));
    if (!group.label) {
      nodes.push(...options);
      continue;
    }
    const optgroup = document.createElement('optgroup');
    optgroup.label = group.label;
    optgroup.append(...options);
    nodes.push(optgroup);
  }
  return nodes;
}

/** A native <select>: on phones it opens the system picker, the most usable list there is. */
export function SelectInput(props: SelectInputProps) {
  const options = createMemo(() => optionNodes(props.groups, props.placeholder));
  let select!: HTMLSelectElement;
  const element = (
    <select
      ref={select}
      id={props.id}
      name={props.id}
      class="field__input field__select"
      required={props.required}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      aria-invalid={ariaInvalid(props)}
      aria-describedby={describedBy(props)}
    />
  );
  // A list may be rebuilt (another language) or arrive after the value: the value is set again with it.
  createRenderEffect(() => {
    select.replaceChildren(...options());
    select.value = untrack(() => props.value);
  });
  createRenderEffect(() => {
    select.value = props.value;
  });
  return element;
}

export interface SelectFieldProps extends SelectInputProps {
  label: string;
  /** What belongs to the choice below it (a warning about it). */
  children?: JSX.Element;
}

/** A labelled native <select> in the shared frame. */
export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <SelectInput {...props} />
      {props.children}
    </FieldFrame>
  );
}
