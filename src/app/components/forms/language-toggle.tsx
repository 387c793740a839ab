import { language, setLanguage, t } from '../../state/language';

/** Citizen screens have no header: the switch to the other language sits on the page itself. */
export function LanguageToggle() {
  const other = () => (language() === 'es' ? 'en' : 'es');
  return (
    <p class="qlang">
      <button type="button" class="qlang__button" lang={other() === 'es' ? 'es-CO' : 'en'} onClick={() => void setLanguage(other())}>
        {t('forms.otherLanguage')}
      </button>
    </p>
  );
}
