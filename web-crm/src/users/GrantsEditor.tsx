import { useTranslation } from 'react-i18next';
import { SECTIONS, type Access, type Grants, type Section } from '../auth/permissions';
import { useAuth } from '../auth/AuthProvider';

const LEVELS = ['none', 'read', 'write'] as const;
type Level = (typeof LEVELS)[number];

/**
 * A Manager's access section by section: none, read, or write (which includes read). Levels
 * beyond what the editing user holds are disabled, as the API refuses them.
 */
export function GrantsEditor({
  value,
  onChange,
  disabled,
  idPrefix,
}: {
  value: Grants;
  onChange: (grants: Grants) => void;
  disabled?: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const level = (section: Section): Level => value[section] ?? 'none';

  function set(section: Section, next: Level) {
    const grants: Grants = { ...value };
    if (next === 'none') delete grants[section];
    else grants[section] = next satisfies Access;
    onChange(grants);
  }

  return (
    <div className="table-wrap">
      <table className="table table--compact grants">
        <caption className="visually-hidden">{t('users.grants.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.grants.section')}</th>
            {LEVELS.map((l) => (
              <th key={l} scope="col" className="center">
                {t(`users.grants.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SECTIONS.map((section) => (
            <tr key={section}>
              <th scope="row">{t(`sections.${section}`)}</th>
              {LEVELS.map((l) => {
                const allowed = l === 'none' || auth.can(`${section}:${l}`);
                return (
                  <td key={l} className="center">
                    <input
                      type="radio"
                      id={`${idPrefix}-${section}-${l}`}
                      name={`${idPrefix}-${section}`}
                      value={l}
                      aria-label={`${t(`sections.${section}`)}: ${t(`users.grants.${l}`)}`}
                      checked={level(section) === l}
                      disabled={disabled || (!allowed && level(section) !== l)}
                      onChange={() => set(section, l)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
