import { catalogueChoices, catalogueGroups, exclusiveCodes } from '../../state/door/catalogue-choices';
import type { PersonForm } from '../../state/door/person-form';
import { language, t } from '../../state/language';
import { InputField } from '../input-field';
import { ChoiceGroup } from '../events/choice-group';
import { SelectField } from '../select-field';

/**
 * Sensitive data (Ley 1581, arts. 5–6), grouped and said to be optional: every question offers
 * "Prefiero no responder", and nothing here is kept without the person's express authorisation.
 */
export function SensitiveFields(props: { form: PersonForm; idPrefix: string }) {
  const d = () => props.form.draft;
  const e = () => props.form.errors();
  const set = props.form.set;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <section class="sensitive" aria-labelledby={id('sensitive-title')}>
      <h2 id={id('sensitive-title')} class="sensitive__title">
        {t('door.person.sensitiveTitle')}
      </h2>
      <p class="sensitive__notice" id={id('sensitive-notice')}>
        {props.form.notice[language()].sensitive}
      </p>
      <SelectField id={id('genderIdentity')} label={t('door.person.genderIdentity')} value={d().genderIdentity} onChange={(v) => set('genderIdentity', v)} groups={catalogueGroups('genderIdentities')} placeholder={t('door.person.notAnswered')} error={e().genderIdentity} />
      <SelectField id={id('sexualOrientation')} label={t('door.person.sexualOrientation')} value={d().sexualOrientation} onChange={(v) => set('sexualOrientation', v)} groups={catalogueGroups('sexualOrientations')} placeholder={t('door.person.notAnswered')} error={e().sexualOrientation} />
      <SelectField id={id('ethnicity')} label={t('door.person.ethnicity')} value={d().ethnicity} onChange={(v) => set('ethnicity', v)} groups={catalogueGroups('ethnicGroups')} placeholder={t('door.person.notAnswered')} error={e().ethnicity} />
      <ChoiceGroup
        id={id('disabilities')}
        legend={t('door.person.disabilities')}
        multiple
        exclusive={exclusiveCodes('disabilities')}
        choices={catalogueChoices('disabilities')}
        value={d().disabilities}
        onChange={(v) => set('disabilities', v as string[])}
        error={e().disabilities}
      />
      <ChoiceGroup
        id={id('differentialGroups')}
        legend={t('door.person.differentialGroups')}
        multiple
        exclusive={exclusiveCodes('differentialGroups')}
        choices={catalogueChoices('differentialGroups')}
        value={d().differentialGroups}
        onChange={(v) => set('differentialGroups', v as string[])}
        error={e().differentialGroups}
      />
      <SelectField id={id('organisationType')} label={t('door.person.organisation')} value={d().organisationType} onChange={(v) => set('organisationType', v)} groups={catalogueGroups('organisationTypes')} placeholder={t('door.person.notAnswered')} error={e().organisationType} />
      <InputField id={id('organisationName')} label={t('door.person.organisationName')} value={d().organisationName} onInput={(v) => set('organisationName', v)} error={e().organisationName} />
    </section>
  );
}
