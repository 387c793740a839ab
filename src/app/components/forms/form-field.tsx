import { createMemo, lazy, Match, Switch } from 'solid-js';
import type { FieldOf, FormField } from '../../../core/forms';
import { RATING_MAX, RATING_MIN } from '../../../core/forms/field-definition';
import { optionGroups } from '../../state/forms/field-options';
import { togglePick, picksOf } from '../../state/forms/form-draft';
import { language, t } from '../../state/language';
import { CheckboxChoices, RadioChoices, SelectChoice } from './choice-inputs';
import { ConsentAnswer } from './consent-answer';
import { FieldFrame } from '../field-frame';
import { NumberAnswer } from './number-answer';
import { TextAnswer } from './text-answer';

// Only the prioritisation asks for a ranking: the other forms' first load goes without it (precached offline).
const RankingAnswer = lazy(() => import('./ranking-answer').then((m) => ({ default: m.RankingAnswer })));

export interface FormFieldProps {
  field: FormField;
  value: unknown;
  error?: string | undefined;
  catalogues: object;
  onChange: (value: unknown) => void;
}

/** Written options up to this many show as radio buttons; longer lists use the system picker. */
const MAX_RADIOS = 8;
const GROUP_KINDS = new Set(['multiple-choice', 'rating', 'yes-no', 'ranking', 'consent']);

export const fieldDomId = (field: FormField): string => `q-${field.id}`;

function countHint(field: FormField): string | undefined {
  if (field.kind === 'multiple-choice') return field.maxCount ? t('forms.pickUpTo', { max: field.maxCount }) : t('forms.pickAny');
  if (field.kind === 'ranking') return t('forms.rankUpTo', { max: field.maxCount });
  if (field.kind === 'number' && (field.min !== undefined || field.max !== undefined)) {
    return t('forms.numberRange', { min: field.min ?? '−∞', max: field.max ?? '∞' });
  }
  if (field.kind === 'rating') {
    const low = field.lowLabel?.[language()];
    const high = field.highLabel?.[language()];
    return low && high ? t('forms.ratingScale', { min: RATING_MIN, low, max: RATING_MAX, high }) : undefined;
  }
  return undefined;
}

/** One question of any kind, labelled and described for screen readers, with its message beside it. */
export function FormFieldView(props: FormFieldProps) {
  const id = () => fieldDomId(props.field);
  // A definition's own help may already say what the count hint says ("Puede marcar varias."): say it once.
  const help = createMemo(() => [...new Set([props.field.help?.[language()], countHint(props.field)].filter(Boolean))].join(' ') || undefined);
  // Memos: the options (a catalogue sorted and grouped) are read by several conditions below; computing them once
  // per field and language keeps the first paint short on a cheap phone.
  const groups = createMemo(() => optionGroups(props.field, props.catalogues, language()));
  const flat = createMemo(() => groups().flatMap((g) => g.options));
  const isGroup = createMemo(() => GROUP_KINDS.has(props.field.kind) || (props.field.kind === 'single-choice' && flat().length <= MAX_RADIOS && !groups()[0]?.label));
  const f = <K extends FormField['kind']>() => props.field as FieldOf<K>;

  return (
    <FieldFrame
      id={id()}
      label={props.field.label[language()]}
      required={props.field.required}
      hint={help()}
      error={props.error}
      group={isGroup()}
      // A question is styled as such, and found by data-field when the form moves to its first error.
      class={isGroup() ? 'qfield qfield--group' : 'qfield'}
      legendClass="field__label qfield__legend"
      dataField={id()}
    >
      <Switch>
        <Match when={props.field.kind === 'short-text' || props.field.kind === 'long-text'}>
          <TextAnswer id={id()} field={f<'short-text' | 'long-text'>()} value={props.value} error={props.error} help={help()} onChange={props.onChange} />
        </Match>
        <Match when={props.field.kind === 'number' || props.field.kind === 'date'}>
          <NumberAnswer id={id()} field={f<'number' | 'date'>()} value={props.value} error={props.error} help={help()} onChange={props.onChange} />
        </Match>
        <Match when={(props.field.kind === 'single-choice' || props.field.kind === 'territory') && !isGroup()}>
          <SelectChoice
            id={id()}
            value={props.value}
            error={props.error}
            help={help()}
            required={props.field.required}
            groups={groups()}
            onChange={(v) => props.onChange(v === '' ? null : v)}
          />
        </Match>
        <Match when={props.field.kind === 'single-choice'}>
          <RadioChoices id={id()} value={props.value} error={props.error} required={props.field.required} options={flat()} onChange={props.onChange} />
        </Match>
        <Match when={props.field.kind === 'multiple-choice'}>
          <CheckboxChoices id={id()} value={props.value} error={props.error} options={flat()} onToggle={(v, on) => props.onChange(togglePick(picksOf(props.value), v, on))} />
        </Match>
        <Match when={props.field.kind === 'rating'}>
          <RadioChoices
            id={id()}
            error={props.error}
            required={props.field.required}
            inline
            value={typeof props.value === 'number' ? String(props.value) : undefined}
            options={Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({ value: String(RATING_MIN + i), label: String(RATING_MIN + i) }))}
            onChange={(v) => props.onChange(Number(v))}
          />
        </Match>
        <Match when={props.field.kind === 'yes-no'}>
          <RadioChoices
            id={id()}
            error={props.error}
            required={props.field.required}
            inline
            value={props.value === true ? 'yes' : props.value === false ? 'no' : undefined}
            options={[
              { value: 'yes', label: t('forms.yes') },
              { value: 'no', label: t('forms.no') },
            ]}
            onChange={(v) => props.onChange(v === 'yes')}
          />
        </Match>
        <Match when={props.field.kind === 'ranking'}>
          <RankingAnswer id={id()} max={f<'ranking'>().maxCount} groups={groups()} value={props.value} error={props.error} onChange={props.onChange} />
        </Match>
        <Match when={props.field.kind === 'consent'}>
          <ConsentAnswer id={id()} field={f<'consent'>()} value={props.value} error={props.error} onChange={props.onChange} />
        </Match>
      </Switch>
    </FieldFrame>
  );
}
