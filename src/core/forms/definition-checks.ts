import { conditionAtoms, type ConditionValue } from './conditions';
import { effectiveMaxLength, RATING_MAX, RATING_MIN, type FormField } from './field-definition';
import { citizenText } from '../problems/citizen-field-messages';

export interface DefinitionIssue {
  path: (string | number)[];
  message: string;
}

interface DefinitionShape {
  sections: { id: string }[];
  fields: FormField[];
}

/** Rules a single field's schema cannot see: ids, order of conditions and sections, min ≤ max. */
export function definitionIssues(definition: DefinitionShape): DefinitionIssue[] {
  return [...sectionIssues(definition), ...definition.fields.flatMap((field, index) => fieldIssues(definition, field, index))];
}

function sectionIssues({ sections, fields }: DefinitionShape): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const order = new Map<string, number>();
  sections.forEach((s, i) => {
    if (order.has(s.id)) issues.push({ path: ['sections', i, 'id'], message: citizenText('definition.section_repeated', { section: s.id }) });
    else order.set(s.id, i);
  });
  let previous = 0;
  fields.forEach((field, i) => {
    const path = ['fields', i, 'section'];
    if (field.section === undefined) {
      if (sections.length > 0) issues.push({ path, message: citizenText('definition.section_missing') });
      return;
    }
    const position = order.get(field.section);
    if (position === undefined) issues.push({ path, message: citizenText('definition.section_unknown', { section: field.section }) });
    else if (position < previous) issues.push({ path, message: citizenText('definition.section_order') });
    else previous = position;
  });
  return issues;
}

function fieldIssues({ fields }: DefinitionShape, field: FormField, index: number): DefinitionIssue[] {
  const at = (key: string, message: string): DefinitionIssue => ({ path: ['fields', index, key], message });
  const issues: DefinitionIssue[] = [];
  const earlier = fields.slice(0, index);
  if (earlier.some((f) => f.id === field.id)) issues.push(at('id', citizenText('definition.id_repeated', { id: field.id })));
  if (field.showIf) {
    for (const atom of conditionAtoms(field.showIf)) {
      const target = earlier.find((f) => f.id === atom.field);
      if (!target) issues.push(at('showIf', citizenText('definition.condition_later', { field: atom.field })));
      else if (!atom.values.every((v) => valueFits(target, v))) {
        issues.push(at('showIf', citizenText('definition.condition_value', { field: atom.field })));
      }
    }
  }
  issues.push(...boundIssues(field).map((message) => at(boundKey(field), message)));
  if ('options' in field && Array.isArray(field.options)) {
    const values = field.options.map((o) => o.value);
    if (new Set(values).size !== values.length) issues.push(at('options', citizenText('definition.options_repeated')));
  }
  return issues;
}

const boundKey = (field: FormField): string =>
  field.kind === 'short-text' || field.kind === 'long-text' ? 'minLength' : 'options' in field ? 'minCount' : 'min';

function boundIssues(field: FormField): string[] {
  const tooBig = citizenText('definition.min_over_max');
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      return (field.minLength ?? 0) > effectiveMaxLength(field) ? [tooBig] : [];
    case 'number':
    case 'date':
      return field.min !== undefined && field.max !== undefined && field.min > field.max ? [tooBig] : [];
    case 'multiple-choice':
    case 'ranking': {
      const issues = field.maxCount !== undefined && (field.minCount ?? 0) > field.maxCount ? [tooBig] : [];
      if (Array.isArray(field.options) && (field.minCount ?? 0) > field.options.length) {
        issues.push(citizenText('definition.picks_over_options'));
      }
      return issues;
    }
    default:
      return [];
  }
}

/** Whether a condition value is something the referenced field's answer can be (or contain). */
function valueFits(field: FormField, value: ConditionValue): boolean {
  switch (field.kind) {
    case 'yes-no':
      return typeof value === 'boolean';
    case 'rating':
      return Number.isInteger(value) && (value as number) >= RATING_MIN && (value as number) <= RATING_MAX;
    case 'number':
      return typeof value === 'number';
    case 'consent':
      return false;
    case 'single-choice':
    case 'multiple-choice':
    case 'ranking':
      return typeof value === 'string' && (!Array.isArray(field.options) || field.options.some((o) => o.value === value));
    default:
      return typeof value === 'string';
  }
}
