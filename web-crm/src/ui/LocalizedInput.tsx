import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../catalog/types';
import { Field } from './Field';

/**
 * A catalog text in Russian (required), English and Chinese (optional): the shop shows each
 * buyer their language and falls back to Russian.
 */
export function LocalizedInput({
  label,
  value,
  onChange,
  multiline = false,
  required = true,
  name,
}: {
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
  required?: boolean;
  name: string;
}) {
  const { t } = useTranslation();
  const langs = [
    ['ru', t('localized.ru')],
    ['en', t('localized.en')],
    ['zh', t('localized.zh')],
  ] as const;
  return (
    <fieldset className="fieldset localized">
      <legend>{label}</legend>
      {langs.map(([lang, langName]) => {
        const props = {
          name: `${name}.${lang}`,
          value: value[lang] ?? '',
          required: required && lang === 'ru',
          onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
        };
        return (
          <Field
            key={lang}
            label={
              <>
                <span className="visually-hidden">{label} — </span>
                {langName}
              </>
            }
            className="localized__field"
          >
            {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
          </Field>
        );
      })}
    </fieldset>
  );
}
