import { createMemo, For, Show } from 'solid-js';
import type { FormDefinition, FormField } from '../../../core/forms';
import { visibleFields } from '../../../core/forms/visibility';
import type { Draft, FieldErrors } from '../../state/forms/form-draft';
import { language } from '../../state/language';
import { FormFieldView } from './form-field';

export interface FormRendererProps {
  definition: FormDefinition;
  /** How many questions, in the order shown (questionOrder), are drawn so far; all when absent. */
  drawn?: number | undefined;
  draft: Draft;
  errors: FieldErrors;
  catalogues: object;
  onChange: (fieldId: string, value: unknown) => void;
}

/** The questions in the order the form shows them: section by section when it has sections. */
export const questionOrder = (definition: FormDefinition): FormField[] =>
  definition.sections.length > 0 ? definition.sections.flatMap((s) => definition.fields.filter((f) => f.section === s.id)) : definition.fields;

/**
 * The questions of a definition, in order, each shown only while its "show only if" holds for the answers
 * so far (visibleFields: the same rule the schema applies). Sections become headed regions.
 */
export function FormRenderer(props: FormRendererProps) {
  const visible = createMemo(() => new Set(visibleFields(props.definition, props.draft).map((f) => f.id)));
  const fieldsOf = (sectionId: string | undefined) => props.definition.fields.filter((f) => f.section === sectionId);
  const place = createMemo(() => new Map(questionOrder(props.definition).map((f, i) => [f.id, i])));
  const drawn = (field: FormField) => props.drawn === undefined || (place().get(field.id) ?? 0) < props.drawn;
  // A section with no questions shows with the last one drawn.
  const reached = (sectionId: string) => {
    const fields = fieldsOf(sectionId);
    return fields.length > 0 ? fields.some(drawn) : props.drawn === undefined || props.drawn >= place().size;
  };

  const Fields = (p: { fields: FormField[] }) => (
    <For each={p.fields}>
      {(field) => (
        <Show when={drawn(field) && visible().has(field.id)}>
          <FormFieldView
            field={field}
            value={props.draft[field.id]}
            error={props.errors[field.id]}
            catalogues={props.catalogues}
            onChange={(value) => props.onChange(field.id, value)}
          />
        </Show>
      )}
    </For>
  );

  return (
    <Show when={props.definition.sections.length > 0} fallback={<Fields fields={props.definition.fields} />}>
      <For each={props.definition.sections}>
        {(section) => (
          // A section shows once the drawing reaches its first question: a later section's heading painted early
          // would be pushed down, out of view, by each question drawn above it (a layout shift).
          <Show when={reached(section.id)}>
            <section class="qsection" aria-labelledby={`s-${section.id}`}>
              <h2 class="qsection__title" id={`s-${section.id}`}>
                {section.title[language()]}
              </h2>
              <Show when={section.intro}>{(intro) => <p class="qsection__intro">{intro()[language()]}</p>}</Show>
              <Fields fields={fieldsOf(section.id)} />
            </section>
          </Show>
        )}
      </For>
    </Show>
  );
}
