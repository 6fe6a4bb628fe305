import { useTranslation } from 'react-i18next';
import { isShopLang, LANGUAGE_NAMES, LANGUAGES, useLang } from './index';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const lang = useLang();

  return (
    <div className="lang">
      <label htmlFor="lang-select" className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id="lang-select"
        value={lang}
        onChange={(e) => {
          if (isShopLang(e.target.value)) void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
