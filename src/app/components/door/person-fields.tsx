import { Show } from 'solid-js';
import { catalogueChoices, catalogueGroups } from '../../state/door/catalogue-choices';
import type { PersonForm } from '../../state/door/person-form';
import { documentTypeGroups, residenceLabel, territoryGroups } from '../../state/catalogue-options';
import { t } from '../../state/language';
import { InputField } from '../input-field';
import { ChoiceGroup } from '../events/choice-group';
import { SelectField } from '../select-field';

// Cédula and tarjeta de identidad numbers are digits only: a numeric keypad is faster.
const NUMERIC_DOCUMENTS = new Set(['CC', 'TI']);

/** Who the person is and where they come from: the fields every attendance record needs or usually has. */
export function PersonFields(props: { form: PersonForm; idPrefix: string; firstField?: (el: HTMLInputElement) => void }) {
  const d = () => props.form.draft;
  const e = () => props.form.errors();
  const set = props.form.set;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <>
      <SelectField id={id('documentType')} label={t('door.person.documentType')} value={d().documentType} onChange={(v) => set('documentType', v)} groups={documentTypeGroups()} error={e().documentType} />
      <Show when={d().documentType !== 'SD'}>
        <InputField
          id={id('documentNumber')}
          label={t('door.person.documentNumber')}
          value={d().documentNumber}
          onInput={(v) => set('documentNumber', v)}
          inputMode={NUMERIC_DOCUMENTS.has(d().documentType) ? 'numeric' : 'text'}
          autocapitalize="characters"
          error={e().documentNumber}
        />
      </Show>
      <InputField id={id('firstNames')} ref={props.firstField} label={t('door.person.firstNames')} value={d().firstNames} onInput={(v) => set('firstNames', v)} autocapitalize="words" error={e().firstNames} />
      <InputField id={id('surnames')} label={t('door.person.surnames')} value={d().surnames} onInput={(v) => set('surnames', v)} autocapitalize="words" error={e().surnames} />
      <ChoiceGroup id={id('sexAtBirth')} legend={t('door.person.sexAtBirth')} choices={catalogueChoices('sexesAtBirth')} value={d().sexAtBirth} onChange={(v) => set('sexAtBirth', v as string)} error={e().sexAtBirth} />
      <InputField id={id('birthDate')} type="date" label={t('door.person.birthDate')} hint={t('door.person.birthDateHint')} value={d().birthDate} onInput={(v) => set('birthDate', v)} error={e().birthDate} />
      <SelectField id={id('lifeStage')} label={t('door.person.lifeStage')} value={d().lifeStage} onChange={(v) => set('lifeStage', v)} groups={catalogueGroups('lifeStages')} placeholder={t('door.person.notAnswered')} error={e().lifeStage} />
      <SelectField id={id('territory')} label={residenceLabel()} value={d().territory} onChange={(v) => set('territory', v)} groups={territoryGroups()} placeholder={t('events.choose')} error={e().territory} />
      <InputField id={id('neighbourhood')} label={t('door.person.neighbourhood')} value={d().neighbourhood} onInput={(v) => set('neighbourhood', v)} autocapitalize="words" error={e().neighbourhood} />
      <InputField id={id('phone')} type="tel" inputMode="tel" autocomplete="tel" label={t('door.person.phone')} hint={t('door.person.contactHint')} value={d().phone} onInput={(v) => set('phone', v)} error={e().phone} />
      <InputField id={id('email')} type="email" inputMode="email" autocomplete="email" label={t('door.person.email')} value={d().email} onInput={(v) => set('email', v)} error={e().email} />
      <ChoiceGroup
        id={id('accessibilityNeeds')}
        legend={t('door.person.accessibility')}
        hint={t('door.person.accessibilityHint')}
        multiple
        choices={catalogueChoices('accessibilityNeeds')}
        value={d().accessibilityNeeds}
        onChange={(v) => set('accessibilityNeeds', v as string[])}
        error={e().accessibilityNeeds}
      />
      <Show when={d().accessibilityNeeds.includes('otra')}>
        <InputField id={id('accessibilityOther')} label={t('door.person.accessibilityOther')} value={d().accessibilityOther} onInput={(v) => set('accessibilityOther', v)} error={e().accessibilityOther} />
      </Show>
    </>
  );
}
