import { createMemo, For, Show } from 'solid-js';
import type { FormDefinition, FormField } from '../../../core/forms';
import { visibleFields } from '../../../core/forms/visibility';
import type { Draft, FieldErrors } from '../../state/forms/form-draft';
import { language } from '../../state/language';
import { FormFieldView } from './form-field';

export interface FormRendererProps {
  definition: FormDefinition;
  draft: Draft;
  errors: FieldErrors;
  catalogues: object;
  onChange: (fieldId: string, value: unknown) => void;
}

/**
 * The questions of a definition, in order, each shown only while its "show only if" holds for the answers
 * so far (visibleFields: the same rule the schema applies). Sections become headed regions.
 */
export function FormRenderer(props: FormRendererProps) {
  const visible = createMemo(() => new Set(visibleFields(props.definition, props.draft).map((f) => f.id)));
  const fieldsOf = (sectionId: string | undefined) => props.definition.fields.filter((f) => f.section === sectionId);

  const Fields = (p: { fields: FormField[] }) => (
    <For each={p.fields}>
      {(field) => (
        <Show when={visible().has(field.id)}>
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
          <section class="qsection" aria-labelledby={`s-${section.id}`}>
            <h2 class="qsection__title" id={`s-${section.id}`}>
              {section.title[language()]}
            </h2>
            <Show when={section.intro}>{(intro) => <p class="qsection__intro">{intro()[language()]}</p>}</Show>
            <Fields fields={fieldsOf(section.id)} />
          </section>
        )}
      </For>
    </Show>
  );
}
