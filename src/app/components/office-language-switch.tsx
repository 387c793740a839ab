import { language, setLanguage, t } from '../state/language';

/**
 * The office's switch to the other language, in the header of every staff screen (citizen screens carry
 * their own, forms/language-toggle.tsx). Named in the language it switches to, so a reader of either finds it.
 */
export function OfficeLanguageSwitch() {
  const other = () => (language() === 'es' ? 'en' : 'es');
  return (
    <button
      type="button"
      class="header__language"
      lang={other() === 'es' ? 'es-CO' : 'en'}
      data-testid="office-language"
      onClick={() => void setLanguage(other())}
    >
      {t('nav.otherLanguage')}
    </button>
  );
}
