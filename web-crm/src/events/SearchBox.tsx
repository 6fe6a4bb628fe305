import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from '../lib/useDebouncedCallback';

const SEARCH_DELAY_MS = 300;
/** The API rejects a longer `q`. */
const SEARCH_MAX_LENGTH = 100;

/**
 * Free-text search that reports its (trimmed) text after a pause in typing, or at once on
 * Enter. `value` is the applied search; when it changes from outside (back button), the box
 * follows it.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    if (value !== text.trim()) setText(value);
  }
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), SEARCH_DELAY_MS);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    search.flush(text);
  }

  return (
    <form role="search" className="search" onSubmit={submit}>
      <label htmlFor="event-search" className="search__label">
        {t('events.searchLabel')}
      </label>
      <div className="search__row">
        <input
          id="event-search"
          type="search"
          name="q"
          value={text}
          placeholder={t('events.searchPlaceholder')}
          autoComplete="off"
          maxLength={SEARCH_MAX_LENGTH}
          enterKeyHint="search"
          onChange={(e) => {
            setText(e.target.value);
            search.call(e.target.value);
          }}
        />
        <button type="submit" className="button">
          {t('events.searchSubmit')}
        </button>
      </div>
    </form>
  );
}
