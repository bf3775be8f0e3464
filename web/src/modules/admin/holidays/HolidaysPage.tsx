/**
 * Holidays (/admin/hari-libur): the days time limits do not count, a year at a time. The server's
 * deadlines skip Saturdays, Sundays and every day listed here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay, formatDate, formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { AdminTable } from '../components/AdminTable';
import { ConfirmButton } from '../components/ConfirmButton';
import { QueryView } from '../components/QueryView';
import { StatusLine } from '../components/StatusLine';
import { usePageParams } from '../components/usePageParams';
import { type Holiday, useHolidays, useRemoveHoliday } from './api';
import { HolidayForm } from './HolidayForm';

export default function HolidaysPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('holidays.title'));
  const params = usePageParams();
  const thisYear = Number(cityDay(new Date()).slice(0, 4));
  const asked = Number(params.get('tahun'));
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const holidays = useHolidays(year);
  const remove = useRemoveHoliday();
  const [form, setForm] = useState<'new' | Holiday | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const years = Array.from({ length: 8 }, (_, i) => thisYear - 5 + i);
  if (!years.includes(year)) years.push(year);
  const setYear = (y: number) => params.set({ tahun: y === thisYear ? null : String(y) });

  const saved = (text: string, day: string) => {
    setForm(null);
    setMessage(text);
    const savedYear = Number(day.slice(0, 4));
    if (savedYear !== year) setYear(savedYear);
  };

  return (
    <main id="main" className="page">
      <h1>{t('holidays.title')}</h1>
      <p className="admin-intro">{t('holidays.intro')}</p>
      <StatusLine message={message} />
      {form === null ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setMessage(null);
              setForm('new');
            }}
          >
            {t('holidays.add')}
          </button>
        </div>
      ) : (
        <HolidayForm key={form === 'new' ? 'new' : form.day} holiday={form === 'new' ? undefined : form} onSaved={saved} onCancel={() => setForm(null)} />
      )}
      <section aria-labelledby="holiday-list-title">
        <h2 id="holiday-list-title">{t('holidays.listTitle', { year })}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="holiday-year">{t('holidays.year')}</label>
            <select id="holiday-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years
                .sort((a, b) => a - b)
                .map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
            </select>
          </div>
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => setYear(year - 1)} disabled={year <= 2000}>
              {t('holidays.previousYear')}
            </button>
            <button type="button" className="button secondary" onClick={() => setYear(year + 1)} disabled={year >= 2100}>
              {t('holidays.nextYear')}
            </button>
          </div>
        </div>
        <ErrorMessage error={remove.error} />
        <QueryView query={holidays} isEmpty={(d) => d.length === 0} emptyTitle={t('holidays.empty', { year })} emptyText={t('holidays.emptyText')}>
          {(items) => (
            <>
              <p className="hint" role="status">
                {t('holidays.count', { count: items.length, n: formatNumber(items.length), year })}
              </p>
              <AdminTable
                caption={t('holidays.listTitle', { year })}
                columns={[t('holidays.fields.day'), t('holidays.fields.name'), t('holidays.fields.kind'), t('holidays.fields.source')]}
                actions
              >
                {items.map((h) => (
                  <tr key={h.day}>
                    <td>{formatDate(h.day)}</td>
                    <td>{h.name}</td>
                    <td>{t(`holidayKinds.${h.kind}`)}</td>
                    <td className="wrap-anywhere">{h.source ?? '—'}</td>
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          className="button secondary"
                          aria-label={t('shared.editNamed', { name: h.name })}
                          onClick={() => {
                            setMessage(null);
                            setForm(h);
                          }}
                        >
                          {t('shared.edit')}
                        </button>
                        <ConfirmButton
                          label={t('shared.remove')}
                          question={t('holidays.removeQuestion', { name: h.name, date: formatDate(h.day) })}
                          confirmLabel={t('holidays.removeConfirm')}
                          pending={remove.isPending}
                          onConfirm={() => remove.mutate(h.day, { onSuccess: () => setMessage(t('holidays.removed', { name: h.name })) })}
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </AdminTable>
            </>
          )}
        </QueryView>
      </section>
    </main>
  );
}
