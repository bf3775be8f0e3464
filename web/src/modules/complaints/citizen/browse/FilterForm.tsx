/**
 * Status, category, kecamatan and a date range, applied with one button so that moving through a
 * select by keyboard does not reload the list at every step. The address keeps what was applied.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories, useWilayah } from '../../shared/hooks';
import { type BrowseFilters, EMPTY_FILTERS, hasFilters, PAGE_SIZES, STATUS_GROUPS } from './filters';

interface Props {
  filters: BrowseFilters;
  pageSize: number;
  onApply: (filters: BrowseFilters, pageSize: number) => void;
}

export function FilterForm({ filters, pageSize, onApply }: Props) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const categories = useCategories();
  const wilayah = useWilayah();
  const [draft, setDraft] = useState(filters);
  const [size, setSize] = useState(pageSize);
  const [rangeError, setRangeError] = useState(false);
  const set = (key: keyof BrowseFilters) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const knownStatus = !draft.status || STATUS_GROUPS.some((g) => g.value === draft.status);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const badRange = !!draft.from && !!draft.to && draft.from > draft.to;
    setRangeError(badRange);
    if (!badRange) onApply(draft, size);
  };
  const clear = () => {
    setDraft(EMPTY_FILTERS);
    setRangeError(false);
    onApply(EMPTY_FILTERS, size);
  };

  return (
    <form className="browse-filters" onSubmit={submit} aria-label={t('browse.filters.label')} noValidate>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('browse.filters.status')}</label>
        <select id={`${id}-status`} value={draft.status} onChange={set('status')}>
          <option value="">{t('browse.filters.anyStatus')}</option>
          {STATUS_GROUPS.map((group) => (
            <option key={group.key} value={group.value}>
              {t(`browse.status.${group.key}`)}
            </option>
          ))}
          {!knownStatus && <option value={draft.status}>{draft.status}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('browse.filters.category')}</label>
        <select id={`${id}-category`} value={draft.category} onChange={set('category')}>
          <option value="">{t('browse.filters.anyCategory')}</option>
          {categories.data?.map((c) => (
            <option key={c.id} value={c.code}>
              {c.name}
            </option>
          ))}
          {draft.category && !categories.data?.some((c) => c.code === draft.category) && <option value={draft.category}>{draft.category}</option>}
        </select>
        {categories.isError && <p className="hint">{t('browse.filters.listFailed')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kecamatan`}>{t('browse.filters.kecamatan')}</label>
        <select id={`${id}-kecamatan`} value={draft.kecamatanId} onChange={set('kecamatanId')}>
          <option value="">{t('browse.filters.anyKecamatan')}</option>
          {wilayah.data?.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
          {draft.kecamatanId && !wilayah.data?.some((k) => k.id === draft.kecamatanId) && (
            <option value={draft.kecamatanId}>{t('browse.filters.unknownKecamatan')}</option>
          )}
        </select>
        {wilayah.isError && <p className="hint">{t('browse.filters.listFailed')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('browse.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from}
          onChange={set('from')}
          aria-invalid={rangeError ? true : undefined}
          aria-describedby={rangeError ? `${id}-range-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('browse.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to}
          onChange={set('to')}
          aria-invalid={rangeError ? true : undefined}
          aria-describedby={rangeError ? `${id}-range-error` : undefined}
        />
        {rangeError && (
          <p className="field-error" id={`${id}-range-error`} role="alert">
            {t('browse.filters.rangeError')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-size`}>{t('browse.filters.pageSize')}</label>
        <select id={`${id}-size`} value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row browse-filter-buttons">
        <button type="submit" className="button">
          {t('browse.filters.apply')}
        </button>
        {(hasFilters(draft) || hasFilters(filters)) && (
          <button type="button" className="button secondary" onClick={clear}>
            {t('browse.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
