/**
 * Buat tawaran kinerja (/konsol/kinerja/tawaran/baru): the mayor's team offers an OPD its targets
 * for a year: the deadline to answer, and for each of the OPD's indicators a yearly target (both
 * bounds for a range) and, if it wishes, TW I-IV. Indicators left blank are not offered.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { cityDay } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { fieldError } from '../../admin/components/errors';
import { OpdSelect } from '../../admin/components/OpdSelect';
import '../../complaints/officer/officer.css';
import { useYears } from '../shared/api';
import { PeriodPicker } from '../shared/PeriodPicker';
import '../shared/performance.css';
import { useCreateOffer, useOfferIndicators } from './api';
import { IndicatorTargetFields } from './IndicatorTargetFields';
import { type DraftProblem, emptyDraft, readTargets, type TargetDraft } from './targetDrafts';

export default function OfferFormPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('offerForm.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const years = useYears();
  const [periodId, setPeriodId] = useState(params.get('periode') ?? '');
  const period = years.years.find((p) => p.id === periodId) ?? years.years[0];
  const [opdId, setOpdId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [drafts, setDrafts] = useState<Record<string, TargetDraft>>({});
  const [problems, setProblems] = useState<Record<string, DraftProblem | 'deadline' | 'opd'>>({});
  const indicators = useOfferIndicators(period, opdId);
  const create = useCreateOffer();
  const today = cityDay(new Date());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!period) return;
    const read = readTargets(indicators.data ?? [], drafts);
    const found: Record<string, DraftProblem | 'deadline' | 'opd'> = { ...read.problems };
    if (!opdId) found.opd = 'opd';
    if (!deadline || deadline < today) found.deadline = 'deadline';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { periodId: period.id, opdId, deadline, targets: read.targets },
      { onSuccess: (offer) => navigate(`/konsol/kinerja/tawaran/${offer.id}`, { state: { message: t('offerForm.sent') } }) },
    );
  };

  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/kinerja/tawaran">{t('offer.back')}</Link>
      </p>
      <h1>{t('offerForm.title')}</h1>
      <p className="lead">{t('offerForm.intro')}</p>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ErrorMessage error={years.error} />
      ) : !period ? (
        <EmptyState title={t('years.empty')}>
          <p>{t('years.emptyText')}</p>
        </EmptyState>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <PeriodPicker
            idPrefix="offer-form"
            years={years.years}
            period={period}
            onPeriod={(id) => {
              // Another year has other indicators: targets typed for this one do not carry over.
              setPeriodId(id);
              setDrafts({});
              setProblems({});
            }}
          />
          <div className="grid two">
            <Field id="offer-opd" label={t('offerForm.opd')} error={problems.opd ? t('offerForm.problem.opd') : fieldError(create.error, 'opdId')}>
              {(c) => (
                <OpdSelect
                  {...c}
                  value={opdId}
                  required
                  emptyLabel={t('offerForm.chooseOpd')}
                  onChange={(id) => {
                    setOpdId(id);
                    setDrafts({});
                    setProblems({});
                  }}
                />
              )}
            </Field>
            <Field
              id="offer-deadline"
              label={t('offerForm.deadline')}
              hint={t('offerForm.deadlineHint')}
              error={problems.deadline ? t('offerForm.problem.deadline') : fieldError(create.error, 'deadline')}
            >
              {(c) => <input {...c} type="date" required min={today} value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
            </Field>
          </div>
          {opdId && (
            <section aria-labelledby="offer-targets-title">
              <h2 id="offer-targets-title">{t('offerForm.targetsTitle')}</h2>
              <p className="hint">{t('offerForm.targetsHint')}</p>
              {indicators.isPending ? (
                <Loading />
              ) : indicators.isError ? (
                <ErrorMessage error={indicators.error} />
              ) : indicators.data.length === 0 ? (
                <EmptyState title={t('offerForm.noIndicators', { year: period.startYear })}>
                  <p>{t('offerForm.noIndicatorsText')}</p>
                </EmptyState>
              ) : (
                indicators.data.map((i) => (
                  <IndicatorTargetFields
                    key={i.id}
                    indicator={i}
                    draft={drafts[i.id] ?? emptyDraft()}
                    problems={problems as Record<string, DraftProblem>}
                    onChange={(draft) => setDrafts((current) => ({ ...current, [i.id]: draft }))}
                  />
                ))
              )}
              {problems.targets && (
                <p className="field-error" role="alert">
                  {t('offerForm.problem.none')}
                </p>
              )}
            </section>
          )}
          <ErrorMessage error={create.error} />
          <div className="button-row">
            <button type="submit" className="button" disabled={create.isPending || !indicators.data?.length}>
              {create.isPending ? t('working') : t('offerForm.submit')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
