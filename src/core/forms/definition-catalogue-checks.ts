import type { FieldIssue } from '../problems/problem';
import { fieldOptions } from './form-catalogues';
import type { FormField } from './field-definition';
import { citizenText } from '../problems/citizen-field-messages';

/** A definition is usable with a set of catalogues only if each field that names one finds enough options there. */
export function catalogueIssues(definition: { fields: FormField[] }, catalogues: object): FieldIssue[] {
  return definition.fields.flatMap((field, index) => {
    if (field.kind !== 'territory' && !('options' in field)) return [];
    const options = fieldOptions(field, catalogues);
    const path = `fields.${index}.${field.kind === 'territory' ? 'catalogue' : 'options'}`;
    if (options === undefined) return [{ path, code: 'custom', message: citizenText('definition.catalogue_missing') }];
    const needed = Math.max(1, ('minCount' in field ? field.minCount : undefined) ?? 0);
    if (options.length < needed) return [{ path, code: 'custom', message: citizenText('definition.catalogue_short') }];
    return [];
  });
}
