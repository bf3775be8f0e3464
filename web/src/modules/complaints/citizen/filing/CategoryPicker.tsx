/**
 * The category as a radio list with a text filter above it: a few dozen categories are too many
 * to scan on a phone, and a plain select hides the descriptions that tell similar ones apart.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { ErrorMessage, Loading } from '../../../../ui/feedback';
import { useCategories } from '../../shared/hooks';
import type { Category } from '../../shared/types';

interface Props {
  value: string;
  onChange: (code: string) => void;
  error?: string;
}

/** Lower case without accents, so "jalan" finds "Jalan" and "é" finds "e". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function matches(category: Category, words: string[]): boolean {
  const haystack = fold(`${category.name} ${category.description ?? ''} ${category.code}`);
  return words.every((w) => haystack.includes(w));
}

export function CategoryPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('filing');
  const categories = useCategories();
  const [filter, setFilter] = useState('');
  const id = 'filing-category';

  const folded = fold(filter);
  const words = folded.split(/\s+/).filter(Boolean);
  // The chosen category stays in the list whatever the filter, so a choice never disappears from view.
  const shown = useMemo(() => {
    const list = folded.split(/\s+/).filter(Boolean);
    return (categories.data ?? []).filter((c) => c.code === value || matches(c, list));
  }, [categories.data, folded, value]);

  if (categories.isPending) return <Loading label={t('category.loading')} />;
  if (categories.isError) return <ErrorMessage error={categories.error} />;

  return (
    <div className="field">
      <label htmlFor={`${id}-filter`}>{t('category.filterLabel')}</label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        // Enter in the filter would submit the step; here it only means "done typing".
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        aria-describedby={`${id}-count`}
        autoComplete="off"
      />
      <p className="hint" id={`${id}-count`} role="status">
        {words.length > 0 ? t('category.shown', { count: shown.length, n: formatNumber(shown.length) }) : ''}
      </p>
      <fieldset className="category-list" id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('category.legend')}</legend>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        {shown.length === 0 && <p className="hint">{t('category.noMatch', { filter })}</p>}
        <div className="category-scroll">
          {shown.map((c) => (
            <div className="choice" key={c.id}>
              <input
                type="radio"
                id={`${id}-${c.code}`}
                name="category"
                value={c.code}
                checked={value === c.code}
                onChange={() => onChange(c.code)}
                aria-describedby={c.description ? `${id}-${c.code}-hint` : undefined}
              />
              <div className="choice-text">
                <label htmlFor={`${id}-${c.code}`}>{c.name}</label>
                {c.description && (
                  <p className="hint choice-hint" id={`${id}-${c.code}-hint`}>
                    {c.description}
                  </p>
                )}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
