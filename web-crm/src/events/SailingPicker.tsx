import { unwrap } from '@prichal/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { useDebouncedValue } from '../lib/useDebouncedValue';

/** The sailing's title and departure, for showing a chosen id. */
export function useSailing(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: ['events', 'one', id, lang],
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}', { params: { path: { id }, query: { lang } }, signal })),
    enabled: id !== '',
    staleTime: 5 * 60_000,
  });
}

/**
 * Choose a sailing by typing part of its title, route or berth: upcoming sailings from the
 * catalog search, a few at a time. `value` is the chosen sailing's id ('' for none).
 */
export function SailingPicker({ value, onChange, label }: { value: string; onChange: (id: string) => void; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const chosen = useSailing(value);
  const matches = useQuery({
    queryKey: ['events', 'pick', lang, q],
    queryFn: async ({ signal }) => unwrap(await api.GET('/events', { params: { query: { lang, q, limit: 8 } }, signal })),
    enabled: value === '' && q.length >= 2,
  });

  if (value) {
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <div className="picked">
          <span>
            {chosen.data ? `${chosen.data.title}, ${formatDateTime(chosen.data.startsAt, lang)}` : value}
          </span>
          <button type="button" className="button button--link" onClick={() => onChange('')} aria-label={t('sailingPicker.clear')}>
            ×
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="field picker">
      <label className="field__label" htmlFor="sailing-picker">
        {label}
      </label>
      <input
        id="sailing-picker"
        type="search"
        autoComplete="off"
        placeholder={t('sailingPicker.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {matches.data && q.length >= 2 && (
        <ul className="picker__list" role="listbox" aria-label={label}>
          {matches.data.items.length === 0 && <li className="muted">{t('sailingPicker.none')}</li>}
          {matches.data.items.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                role="option"
                aria-selected={false}
                onClick={() => {
                  onChange(event.id);
                  setText('');
                }}
              >
                {event.title} — {formatDateTime(event.startsAt, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
