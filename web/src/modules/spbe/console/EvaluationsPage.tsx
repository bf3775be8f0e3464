/**
 * Evaluasi SPBE (/konsol/spbe): every year's self-evaluation with its status, progress and index;
 * the coordination team opens a new year here; the frameworks (one per regulation) with their
 * workbooks, and for the admin the import of a new one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../auth/session';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useEvaluations } from '../shared/api';
import { EvaluationStatusBadge, PredicateBadge } from '../shared/badges';
import { formatIndex } from '../shared/format';
import { configures, coordinates } from '../shared/roles';
import '../shared/spbe.css';
import { FrameworkImport } from './FrameworkImport';
import { FrameworkList } from './FrameworkList';
import { OpenEvaluationForm } from './OpenEvaluationForm';
import { ProgressText } from './ProgressText';

export default function EvaluationsPage() {
  const { t } = useTranslation('spbe');
  useDocumentTitle(t('console.title'));
  const session = useSession();
  const evaluations = useEvaluations();
  const [message, setMessage] = useState<string | null>(null);
  const items = [...(evaluations.data ?? [])].sort((a, b) => b.year - a.year);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('console.title')}</h1>
      <p className="lead">{t('console.intro')}</p>
      <StatusLine message={message} />
      <section aria-labelledby="spbe-evaluations">
        <h2 id="spbe-evaluations">{t('console.evaluations')}</h2>
        {evaluations.isPending ? (
          <Loading />
        ) : evaluations.isError ? (
          <ErrorMessage error={evaluations.error} />
        ) : items.length === 0 ? (
          <EmptyState title={t('console.empty')}>
            <p>{coordinates(session.data) ? t('console.emptyCoordinator') : t('console.emptyText')}</p>
          </EmptyState>
        ) : (
          <AdminTable
            caption={t('console.evaluations')}
            columns={[t('console.col.year'), t('console.col.framework'), t('console.col.status'), t('console.col.progress'), t('console.col.index')]}
          >
            {items.map((e) => (
              <tr key={e.year}>
                <th scope="row">
                  <Link to={`/konsol/spbe/${e.year}`} aria-label={t('console.openYear', { year: e.year })}>
                    {e.year}
                  </Link>
                </th>
                <td>{e.frameworkName}</td>
                <td>
                  <EvaluationStatusBadge status={e.status} />
                </td>
                <td>
                  <ProgressText progress={e.progress} />
                </td>
                <td>
                  {e.index === null ? (
                    <span className="hint">{t('index.none')}</span>
                  ) : (
                    <span className="spbe-predicate-line">
                      <strong>{formatIndex(e.index)}</strong> <PredicateBadge predicate={e.predicate} />
                      <span className="cell-sub">{t(e.basis === 'final' ? 'basis.finalShort' : 'basis.selfShort')}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
        )}
      </section>
      {coordinates(session.data) && evaluations.isSuccess && <OpenEvaluationForm taken={items.map((e) => e.year)} />}
      <FrameworkList />
      {configures(session.data) && <FrameworkImport onDone={setMessage} />}
    </main>
  );
}
