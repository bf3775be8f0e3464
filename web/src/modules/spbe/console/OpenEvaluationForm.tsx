/**
 * The coordination team opens a year's self-evaluation under one framework; the framework in force
 * that year is chosen first. The page of the new evaluation opens next, to assign its indicators.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useFrameworks, useOpenEvaluation } from '../shared/api';
import type { FrameworkSummary } from '../shared/types';

const inForce = (f: FrameworkSummary, year: number) => f.fromYear <= year && (f.toYear === null || year <= f.toYear);

export function OpenEvaluationForm({ taken }: { taken: number[] }) {
  const { t } = useTranslation('spbe');
  const navigate = useNavigate();
  const frameworks = useFrameworks();
  const open = useOpenEvaluation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(taken.includes(thisYear) ? Math.max(...taken) + 1 : thisYear));
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const yearNumber = Number(year);
  const items = frameworks.data ?? [];
  const suggested = items.find((f) => inForce(f, yearNumber))?.code ?? items[0]?.code ?? '';
  const frameworkCode = chosen || suggested;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100) return setProblem(t('open.yearInvalid'));
    if (taken.includes(yearNumber)) return setProblem(t('open.yearTaken', { year: yearNumber }));
    setProblem(null);
    open.mutate({ year: yearNumber, frameworkCode }, { onSuccess: (e) => navigate(`/konsol/spbe/${e.year}`) });
  };

  return (
    <section className="card form-card" aria-labelledby="spbe-open">
      <h2 id="spbe-open">{t('open.title')}</h2>
      <p className="hint">{t('open.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="spbe-open-year" label={t('open.year')} error={problem ?? fieldError(open.error, 'year')}>
          {(c) => <input {...c} type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />}
        </Field>
        <Field id="spbe-open-framework" label={t('open.framework')} hint={t('open.frameworkHint')} error={fieldError(open.error, 'frameworkCode')}>
          {(c) => (
            <select {...c} value={frameworkCode} onChange={(e) => setChosen(e.target.value)} disabled={frameworks.isPending}>
              {items.map((f) => (
                <option key={f.code} value={f.code}>
                  {t('open.frameworkOption', { name: f.name, from: f.fromYear, to: f.toYear ?? t('frameworks.now') })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage error={open.error ?? frameworks.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={open.isPending || !frameworkCode}>
            {open.isPending ? t('working') : t('open.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
