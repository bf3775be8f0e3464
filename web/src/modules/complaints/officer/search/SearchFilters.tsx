/**
 * The search form: words or a tracking number, and the list filters the staff API takes. The
 * search runs when the form is sent, not on every keystroke, so each search is one request and
 * one entry in the browser's history.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories, useOpds, useWilayah } from '../../shared/hooks';
import { OPEN_STATUSES, type Opd } from '../../shared/types';
import { opdLabel } from '../components/opdLabel';
import { STATUSES } from '../statuses';
import { EMPTY_FORM, type FilterForm } from './filters';

interface Props {
  initial: FilterForm;
  /** The OPDs this user may filter by: all for city-wide roles, their own for officers. */
  opdChoices: (opds: Opd[]) => Opd[];
  onSearch: (form: FilterForm) => void;
}

export function SearchFilters({ initial, opdChoices, onSearch }: Props) {
  const { t } = useTranslation('officer');
  const categories = useCategories();
  const opds = useOpds();
  const wilayah = useWilayah();
  const [form, setForm] = useState<FilterForm>(initial);
  const [dateError, setDateError] = useState(false);
  const set = <K extends keyof FilterForm>(field: K, value: FilterForm[K]) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const badRange = !!form.from && !!form.to && form.to < form.from;
    setDateError(badRange);
    if (!badRange) onSearch(form);
  };
  const clear = () => {
    setForm(EMPTY_FORM);
    setDateError(false);
    onSearch(EMPTY_FORM);
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('search.formLabel')}>
      <div className="officer-filters">
        <div className="field wide">
          <label htmlFor="search-q">{t('filters.q')}</label>
          <input id="search-q" type="search" value={form.q} maxLength={200} onChange={(e) => set('q', e.target.value)} aria-describedby="search-q-hint" />
          <p id="search-q-hint" className="hint">
            {t('filters.qHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="search-status">{t('filters.status')}</label>
          <select id="search-status" value={form.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('filters.allStatuses')}</option>
            <option value={OPEN_STATUSES.join(',')}>{t('filters.openStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-category">{t('filters.category')}</label>
          <select id="search-category" value={form.category} onChange={(e) => set('category', e.target.value)}>
            <option value="">{t('filters.allCategories')}</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-opd">{t('filters.opd')}</label>
          <select id="search-opd" value={form.opdId} onChange={(e) => set('opdId', e.target.value)}>
            <option value="">{t('filters.allOpds')}</option>
            {opdChoices(opds.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {opdLabel(o)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-kecamatan">{t('filters.kecamatan')}</label>
          <select id="search-kecamatan" value={form.kecamatanId} onChange={(e) => set('kecamatanId', e.target.value)}>
            <option value="">{t('filters.allKecamatan')}</option>
            {(wilayah.data ?? []).map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-from">{t('filters.from')}</label>
          <input id="search-from" type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="search-to">{t('filters.to')}</label>
          <input
            id="search-to"
            type="date"
            value={form.to}
            onChange={(e) => set('to', e.target.value)}
            aria-invalid={dateError || undefined}
            aria-describedby={dateError ? 'search-to-error' : undefined}
          />
          {dateError && (
            <p id="search-to-error" className="field-error">
              {t('filters.dateOrder')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="choice" htmlFor="search-overdue">
            <input id="search-overdue" type="checkbox" checked={form.overdue} onChange={(e) => set('overdue', e.target.checked)} />
            {t('filters.overdueOnly')}
          </label>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
        <button type="button" className="button secondary" onClick={clear}>
          {t('search.clear')}
        </button>
      </div>
    </form>
  );
}
