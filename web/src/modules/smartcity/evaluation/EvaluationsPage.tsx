/**
 * Evaluasi kota cerdas (/konsol/smartcity/evaluasi), the smart city team's desk: the evaluations
 * held so far (Tahap I and II of each year) with their status and final score, and a new one for a
 * year and stage. Each opens on its own page for entry, evidence and publication.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../../auth/session';
import { formatDate } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { fieldError } from '../../admin/components/errors';
import '../../complaints/officer/officer.css';
import { useCreateEvaluation, useEvaluations } from '../shared/api';
import { scoreText } from '../shared/format';
import { useEvaluationName } from '../shared/names';
import { plansSmartCity } from '../shared/roles';
import '../shared/smartcity.css';
import type { Evaluation, Stage } from '../shared/types';
import { EvaluationStatus } from './EvaluationStatus';

const newestFirst = (a: Evaluation, b: Evaluation) => b.year - a.year || b.stage - a.stage;

function CreateForm() {
  const { t } = useTranslation('smartcity');
  const navigate = useNavigate();
  const create = useCreateEvaluation();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [stage, setStage] = useState<Stage>(1);
  const [badYear, setBadYear] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !/^\d{4}$/.test(year.trim());
    setBadYear(bad);
    if (bad) return;
    create.mutate(
      { year: Number(year), stage },
      { onSuccess: (e) => navigate(`/konsol/smartcity/evaluasi/${encodeURIComponent(e.id)}`, { state: { message: t('evaluation.created') } }) },
    );
  };

  return (
    <form className="form card form-card" onSubmit={submit} noValidate aria-labelledby="eval-new-title">
      <h2 id="eval-new-title">{t('evaluation.newTitle')}</h2>
      <div className="grid two">
        <Field id="eval-year" label={t('evaluation.year')} error={badYear ? t('form.yearInvalid') : fieldError(create.error, 'year')}>
          {(c) => <input {...c} inputMode="numeric" maxLength={4} value={year} onChange={(e) => setYear(e.target.value)} required />}
        </Field>
        <fieldset className="field">
          <legend>{t('evaluation.stage')}</legend>
          {([1, 2] as const).map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="eval-stage" value={s} checked={stage === s} onChange={() => setStage(s)} />
              {t(`stage.${s}`)}
            </label>
          ))}
          {fieldError(create.error, 'stage') && <p className="field-error">{fieldError(create.error, 'stage')}</p>}
        </fieldset>
      </div>
      <ErrorMessage error={create.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('working') : t('evaluation.create')}
        </button>
      </div>
    </form>
  );
}

export default function EvaluationsPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('evaluation.listTitle'));
  const list = useEvaluations();
  const nameOf = useEvaluationName();
  const session = useSession();

  return (
    <main id="main" className="page officer-page">
      <h1>{t('evaluation.listTitle')}</h1>
      <p className="lead">{t('evaluation.listIntro')}</p>
      <p>
        <Link to="/konsol/smartcity/pengaturan">{t('evaluation.toSettings')}</Link>
      </p>
      {plansSmartCity(session.data) && <CreateForm />}
      <h2>{t('evaluation.held')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('evaluation.empty')}>
          <p>{t('evaluation.emptyText')}</p>
        </EmptyState>
      ) : (
        <AdminTable
          caption={t('evaluation.held')}
          columns={[t('evaluation.col.name'), t('evaluation.col.status'), t('index.final'), t('evaluation.col.published')]}
        >
          {[...list.data].sort(newestFirst).map((e) => (
            <tr key={e.id}>
              <td>
                <Link to={`/konsol/smartcity/evaluasi/${encodeURIComponent(e.id)}`}>{nameOf(e)}</Link>
              </td>
              <td>
                <EvaluationStatus status={e.status} />
              </td>
              <td className="number">{scoreText(e.score)}</td>
              <td>{e.publishedAt ? formatDate(e.publishedAt) : '—'}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </main>
  );
}
