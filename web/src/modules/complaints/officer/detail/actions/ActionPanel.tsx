/**
 * The steps the complaint's status allows for this user: the admin desk verifies and routes,
 * postpones, rejects or routes again; the responsible OPD's staff accept, start, answer or return
 * it; both may leave internal notes. Auditors and the leadership only read.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../../auth/session';
import { useOpds } from '../../../shared/hooks';
import type { StaffDetail } from '../../api';
import { handlesFor, isAdminDesk } from '../../roles';
import { stepAllowed } from '../../statuses';
import { QuickStep } from './QuickStep';
import { RejectForm } from './RejectForm';
import { RespondForm } from './RespondForm';
import { RouteForm } from './RouteForm';
import { TextStepForm } from './TextStepForm';

function Action({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function ActionPanel({ detail }: { detail: StaffDetail }) {
  const { t } = useTranslation('officer');
  const session = useSession();
  const opds = useOpds();
  const { complaint } = detail;
  const { id, status } = complaint;
  const admin = isAdminDesk(session.data);
  const opdStaff = handlesFor(session.data, complaint.opdId);
  const allOpds = opds.data ?? [];
  const steps: ReactNode[] = [];

  if (admin && stepAllowed('verify', status)) {
    steps.push(
      <Action key="verify" title={t('route.verifyTitle')}>
        <RouteForm
          id={id}
          mode="verify"
          opds={allOpds}
          initialOpdId={detail.suggestedOpdId}
          suggestedOpdId={detail.suggestedOpdId}
          initialCoOpdIds={detail.coOpdIds}
        />
      </Action>,
    );
  }
  if (admin && stepAllowed('postpone', status)) {
    steps.push(
      <Action key="postpone" title={t('postpone.title')}>
        <TextStepForm
          id={id}
          step="postpone"
          field="question"
          minLength={5}
          label={t('postpone.question')}
          hint={t('postpone.hint')}
          submitLabel={t('postpone.submit')}
        />
      </Action>,
    );
  }
  if (admin && stepAllowed('reject', status)) {
    steps.push(
      <Action key="reject" title={t('reject.title')}>
        <RejectForm complaint={complaint} />
      </Action>,
    );
  }
  if (admin && stepAllowed('redisposition', status)) {
    steps.push(
      <Action key="redisposition" title={t('route.redispositionTitle')}>
        <RouteForm
          id={id}
          mode="redisposition"
          opds={allOpds}
          initialOpdId={complaint.opdId}
          suggestedOpdId={detail.suggestedOpdId}
          initialCoOpdIds={detail.coOpdIds}
        />
      </Action>,
    );
  }
  if (opdStaff && stepAllowed('accept', status)) {
    steps.push(
      <Action key="accept" title={t('accept.title')}>
        <QuickStep id={id} step="accept" label={t('accept.submit')} hint={t('accept.hint')} />
      </Action>,
    );
  }
  if (opdStaff && stepAllowed('start', status)) {
    steps.push(
      <Action key="start" title={t('start.title')}>
        <QuickStep id={id} step="start" label={t('start.submit')} hint={t('start.hint')} />
      </Action>,
    );
  }
  if (opdStaff && stepAllowed('respond', status)) {
    steps.push(
      <Action key="respond" title={t('respond.title')}>
        <RespondForm id={id} />
      </Action>,
    );
  }
  if (opdStaff && stepAllowed('return', status)) {
    steps.push(
      <Action key="return" title={t('return.title')}>
        <TextStepForm id={id} step="return" field="reason" minLength={5} label={t('return.reason')} hint={t('return.hint')} submitLabel={t('return.submit')} />
      </Action>,
    );
  }
  if (admin || opdStaff) {
    steps.push(
      <Action key="note" title={t('note.title')}>
        <TextStepForm id={id} step="notes" field="note" minLength={1} label={t('note.label')} hint={t('note.hint')} submitLabel={t('note.submit')} />
      </Action>,
    );
  }

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('detail.actions')}</h2>
      {steps.length > 0 ? (
        <div className="officer-actions">{steps}</div>
      ) : (
        <p className="hint">{admin || opdStaff ? t('detail.noActions') : t('detail.readOnly')}</p>
      )}
    </section>
  );
}
