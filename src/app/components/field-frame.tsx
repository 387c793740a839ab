import { Show, type JSX } from 'solid-js';
import { t } from '../state/language';

/** What ties an input to its texts: the ids of its hint and error derive from its own id. */
export interface FieldTexts {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** Ids of the hint and error an input (or group) is described by, after any `extra` id of text elsewhere. */
export const describedBy = (props: FieldTexts, extra?: string): string | undefined =>
  [extra, props.hint ? `${props.id}-hint` : undefined, props.error ? `${props.id}-error` : undefined].filter(Boolean).join(' ') || undefined;

/** aria-invalid of an input: present only while there is an error. */
export const ariaInvalid = (props: { error?: string | undefined }): 'true' | undefined => (props.error ? 'true' : undefined);

/** The hint and error under a label; their ids are what the input's aria-describedby points at. */
export function FieldMessage(props: FieldTexts) {
  return (
    <>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </>
  );
}

export interface FieldFrameProps extends FieldTexts {
  label: string;
  /** Adds "(obligatoria)" after the label. */
  required?: boolean | undefined;
  /** Several inputs answer one question: a fieldset whose legend is the label, described by the texts. */
  group?: boolean | undefined;
  /** The frame's class: "field" unless a screen styles its own ("qfield" for a citizen form's question). */
  class?: string | undefined;
  legendClass?: string | undefined;
  /** The group's own id (a fieldset found by id); a single input carries `id` itself. */
  groupId?: string | undefined;
  /** data-field on the frame, where a form finds the question of an error. */
  dataField?: string | undefined;
  children: JSX.Element;
}

function Label(props: { label: string; required?: boolean | undefined }) {
  return (
    <>
      {props.label}
      <Show when={props.required}>
        <span class="qfield__required"> ({t('forms.required')})</span>
      </Show>
    </>
  );
}

/**
 * The one frame of every labelled input: label (or legend), hint, error, then the input(s). The input
 * itself carries id, aria-invalid and aria-describedby (see describedBy and ariaInvalid); a group's
 * fieldset is described here.
 */
export function FieldFrame(props: FieldFrameProps) {
  return (
    <Show
      when={props.group}
      fallback={
        <div class={props.class ?? 'field'} classList={{ 'field--invalid': !!props.error }} data-field={props.dataField}>
          <label class="field__label" for={props.id}>
            <Label label={props.label} required={props.required} />
          </label>
          <FieldMessage id={props.id} hint={props.hint} error={props.error} />
          {props.children}
        </div>
      }
    >
      <fieldset
        class={props.class ?? 'field'}
        classList={{ 'field--invalid': !!props.error }}
        id={props.groupId}
        data-field={props.dataField}
        aria-describedby={describedBy(props)}
      >
        <legend class={props.legendClass ?? 'field__label'}>
          <Label label={props.label} required={props.required} />
        </legend>
        <FieldMessage id={props.id} hint={props.hint} error={props.error} />
        {props.children}
      </fieldset>
    </Show>
  );
}

/** After a refused submit: the cursor goes to the first field the frame marks invalid, where its error is read. */
export function focusFirstInvalid(container: ParentNode | null | undefined): void {
  container?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
}
